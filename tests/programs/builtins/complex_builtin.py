# complex() constructor: numbers, two arguments (including complex parts), strings with spaces,
# parentheses and 'j' forms, __complex__/__float__/__index__ objects, and the errors.
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(real=3), complex(imag=-1))
for s in ("1+2j", " 3-4j ", "(5+6j)", "  ( 7-8j )  ", "j", "-j", "+1.5e3J", "inf", "-nanj", "1_0+2_0j", "0x1" if False else "12"):
    print(repr(s), complex(s))
class C:
    def __complex__(self):
        return 1 + 1j
class F:
    def __float__(self):
        return 0.5
class I:
    def __index__(self):
        return 4
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(I(), 1))
for args in (("1+2",), ("1 + 2j",), ("(1+2j",), ("",), ("j1",), ("1", 2), (1, "2"), (None,), ([],), ("1+2j", None)):
    try:
        print(complex(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class BadC:
    def __complex__(self):
        return 5
try:
    complex(BadC())
except TypeError as e:
    print(type(e).__name__, e)
class MyC(complex):
    pass
print(type(complex(MyC(1, 2))).__name__, type(MyC(1, 2)).__name__, MyC("3j") * 2)
