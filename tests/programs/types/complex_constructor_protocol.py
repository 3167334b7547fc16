# complex(): __complex__ first (complex subclasses too), signed zeros kept, pow with a modulus.
import math
import warnings


class C0(complex):
    def __complex__(self):
        return 42j


class Sub(complex):
    pass


class RetSub:
    def __complex__(self):
        return Sub(1, 2)


class F:
    def __float__(self):
        return -0.0


def parts(z):
    return type(z).__name__, math.copysign(1, z.real), math.copysign(1, z.imag), z


print(complex(C0(1j)), complex(Sub(3j)), (2 + 3j).__complex__(), Sub(1j).__complex__())
for x in 0.0, -0.0:
    for y in 0.0, -0.0:
        print(parts(complex(x, y)), parts(complex(Sub(x, y))), parts(Sub(complex(x, y))))
print(parts(complex(F(), -0.0)), parts(complex(-0.0, F())))
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    print(complex(RetSub()), [str(w.message) for w in ws])
for args in [(1 + 1j, 1 + 1j, 1 + 1j), (1j, 2, 0), (1j, "a", 2)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
