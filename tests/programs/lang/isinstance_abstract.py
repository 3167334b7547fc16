# isinstance/issubclass with "abstract classes": objects with a __bases__ tuple and
# instances with a __class__ (CPython's abstract_issubclass); nested tuples hit the
# recursion limit.
import sys
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)
class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)
AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild))
print(isinstance(AbstractChild(), AbstractSuper), isinstance(AbstractSuper(), AbstractChild))
print(issubclass(AbstractChild, (int, AbstractSuper)))
for f in (lambda: issubclass(1, AbstractSuper), lambda: issubclass(int, 1),
          lambda: isinstance(1, 1)):
    try:
        f()
    except TypeError as e:
        print(e)
t = int
for i in range(sys.getrecursionlimit() + 5):
    t = (t,)
for f in (lambda: isinstance(1, t), lambda: issubclass(int, t)):
    try:
        f()
    except RecursionError as e:
        print("RecursionError", e)
