# classes take part in reference cycles: a class and its instances, a class made in a function,
# a metaclass instance; gc.callbacks, gc.get_stats, gc.freeze
import gc
import _weakref

gc.disable()
gc.collect()


def make_class():
    class Local:
        def method(self):
            return self

    obj = Local()
    obj.me = obj
    return _weakref.ref(Local), _weakref.ref(obj)


rc, ro = make_class()
print(rc() is not None, ro() is not None)
print(gc.collect() > 0, rc(), ro())


class Meta(type):
    pass


def make_meta():
    class WithMeta(metaclass=Meta):
        pass

    return _weakref.ref(WithMeta)


rm = make_meta()
gc.collect()
print(rm())
print("a" in Meta("X", (), {"a": 1}).__dict__)

events = []


def cb(phase, info):
    events.append((phase, sorted(info)))


gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(events)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]), stats[1]["collections"] >= 1)
gc.freeze()
print(gc.get_freeze_count() > 0, len(gc.get_objects(0)))
gc.unfreeze()
print(gc.get_freeze_count())
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(-2)
except ValueError as e:
    print("ValueError:", e)
print(type(gc.get_objects()).__name__)
