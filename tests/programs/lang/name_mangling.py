# Private name mangling: __names inside classes become _Class__names, in every construct.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
    def __dunder__(self):
        return "dunder names are not mangled"

a = Account("ann")
print(a.owner(), Account.count(), a.call_private(), a.__dunder__())
print(sorted(k for k in vars(a)), "_Account__count" in Account.__dict__)
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__owner, a._Account__private_method())

# subclasses get their own mangled names
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow in Savings"
s = Savings("bob")
print(s.owner(), sorted(vars(s)))

# mangling applies to getattr strings? No: only identifiers in the source
class G:
    def __init__(self):
        self.__x = 1
    def via_getattr(self):
        return getattr(self, "__x", "not found: strings are not mangled")
    def via_mangled_string(self):
        return getattr(self, "_G__x")
print(G().via_getattr(), G().via_mangled_string())

# leading underscores of the class name are stripped
class _Hidden:
    def __init__(self):
        self.__v = 5
print(sorted(vars(_Hidden())))
class __Dunderish:
    def __init__(self):
        self.__v = 5
print(sorted(vars(__Dunderish())))

# mangling in nested functions, comprehensions, and of global names
__module_level = "global value"
class UsesGlobal:
    def read(self):
        try:
            return __module_level
        except NameError as e:
            return f"NameError: {e}"
print(UsesGlobal().read())
_UsesGlobal__module_level = "mangled global"
print(UsesGlobal().read())

class Nested:
    def method(self):
        __local = "local names are mangled too"
        def inner():
            return __local
        return inner(), [__local for _ in range(1)][0]
print(Nested().method())
print(Nested.method.__code__.co_varnames)

# names with trailing double underscores or dots are not mangled
class Imports:
    def m(self):
        import sys as __sys
        return __sys.__name__
print(Imports().m(), Imports.m.__code__.co_varnames)

# keyword arguments are mangled
class KW:
    def call(self):
        return dict(__key=1)
print(KW().call())
