# property: __doc__ is writable, subclass instances keep the doc in their dict, copies by
# getter/setter take the getter's doc, error messages name the owner's qualname.
class PropertySub(property):
    """This is a subclass of property"""
class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1
    @spam.setter
    def spam(self, value):
        pass
print(Foo.spam.__doc__)
class Bar:
    @property
    def spam(self):
        """BaseClass.getter"""
    @spam.getter
    def spam(self):
        """new docstring"""
print(Bar.spam.__doc__)
p = property(doc="basic")
p.__doc__ = "extended"
print(p.__doc__)
class Outer:
    class cls:
        foo = property()
        bar = property(lambda self: 1)
for f in (lambda: Outer.cls().foo, lambda: setattr(Outer.cls(), "foo", 1),
          lambda: delattr(Outer.cls(), "bar")):
    try:
        f()
    except AttributeError as e:
        print(e)
q = property()
try:
    q.__set_name__()
except TypeError as e:
    print(e)
try:
    q.fget = 1
except AttributeError as e:
    print(e)
