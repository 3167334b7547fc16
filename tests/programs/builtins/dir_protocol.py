# dir(): object.__dir__ through __dict__/__class__ attributes (merge_class_dict), dir() of a
# mapping locals via keys().
class Foo(object):
    __slots__ = ["__class__", "__dict__"]
    def __init__(self):
        self.bar = "wow"
f = Foo()
print(dir(f))
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
print(eval('dir()', globals(), M()))
class A: x=1
class B(A): y=2
print([n for n in dir(B()) if not n.startswith('__')], len(dir(B)), len(dir(3)), len(dir(int)))
