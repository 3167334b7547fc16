# Errors during object creation: failing __init__, __new__ returning odd things, partially built objects, __del__ timing.
log = []
class Tracked:
    def __init__(self, name, fail=False):
        self.name = name
        log.append(f"init {name}")
        if fail:
            raise ValueError(f"cannot build {name}")
        self.ready = True
    def __del__(self):
        log.append(f"del {self.name} (ready={getattr(self, 'ready', False)})")

t = Tracked("ok")
try:
    Tracked("broken", fail=True)
except ValueError as e:
    log.append(f"caught {e}")
print(log); log.clear()
del t
print(log); log.clear()

class NewReturnsNone:
    def __new__(cls):
        return None
    def __init__(self):
        log.append("never initialized")
print(NewReturnsNone(), log)

class NewReturnsInt:
    def __new__(cls, v):
        return v * 2
print(NewReturnsInt(21), type(NewReturnsInt(1)).__name__)

class NewReturnsSubclass:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        log.append(f"__init__ on {type(self).__name__}")
class Sub(NewReturnsSubclass):
    pass
print(type(NewReturnsSubclass()).__name__, log); log.clear()

class InitCalledTwice:
    def __init__(self):
        self.count = getattr(self, "count", 0) + 1
obj = InitCalledTwice()
obj.__init__()
print(obj.count)

class BadNewArgs:
    def __new__(cls):
        return super().__new__(cls)
try:
    BadNewArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

# object.__new__ on a builtin type is refused
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)

# exceptions in __init__ of a subclass after super().__init__ succeeded
class Parent:
    def __init__(self):
        log.append("parent init")
class Child(Parent):
    def __init__(self):
        super().__init__()
        raise RuntimeError("child init failed")
    def __del__(self):
        log.append("child del")
try:
    Child()
except RuntimeError as e:
    log.append(f"caught {e}")
print(log); log.clear()

# __del__ is called once even if the object is resurrected and dropped again
saved = []
class Phoenix:
    def __del__(self):
        log.append("phoenix __del__")
        saved.append(self)
p = Phoenix()
del p
print(log, len(saved))
saved.clear()
print(log)
