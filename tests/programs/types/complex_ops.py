# complex: construction, repr, arithmetic, attributes, comparisons, errors.
def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

z = 3 + 4j
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z), -z, +z, z == 3 + 4j, z != 3)
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.5), complex("1+2j"), complex(" -3.5j "), complex("(1-1j)"))
print(complex("j"), complex("-j"), complex("1e3+1e-3j"), complex("inf+nanj"), complex(True, True), complex(1j, 1j))
print(complex(2 + 3j), complex(real=1, imag=2), complex(imag=5), complex("1"), complex("  2.5  "))
print(1j, -1j, 0j, -0j, 1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) + 1, 2 - (1 + 2j), (1 + 2j) ** 2)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(complex(-0.0, -0.0)), repr(-(0j)), 1e300j * 1e10)
print(repr(complex(1e16, 1)), repr(complex(0.1, 0.2)), repr(1j ** 0), repr(0j ** 0), repr((2 + 0j) ** 0.5), repr(2j ** 2))
print(abs(3j), abs(-4 + 0j), abs(complex(float("inf"), 1)), abs(complex(float("nan"), float("inf"))))
print(hash(1 + 0j) == hash(1), hash(0j), hash(1j), {1: "a", 1 + 0j: "b"}, (1 + 0j) in {1}, 1 + 0j == 1.0)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), complex(1, 2).__getnewargs__(), z.__reduce__() if False else "")
print(format(z, ""), format(z, ".2f"), format(z, "e"), format(z, "^20"), format(z, "+.1f"), format(1j, "g"), format(z, "*>20.3g"))
print(f"{z}", f"{z!r}", f"{z:.1f}", "%s %r" % (z, z), str(1 + 0j), str(complex(1, float("nan"))))
err(lambda: z < 1j)
err(lambda: z // 2)
err(lambda: z % 2)
err(lambda: divmod(z, 2))
err(lambda: int(z))
err(lambda: float(z))
err(lambda: 1j / 0)
err(lambda: 0j ** -1)
err(lambda: complex("1+2"))
err(lambda: complex("1 + 2j"))
err(lambda: complex("x"))
err(lambda: complex("1", 2))
err(lambda: complex(1, "2"))
err(lambda: complex(None))
err(lambda: complex([]))
err(lambda: format(z, "="))
err(lambda: format(z, "05"))
err(lambda: round(z))
class C:
    def __complex__(self):
        return 2 + 2j
class F:
    def __float__(self):
        return 1.5
print(complex(C()), complex(F()), complex(F(), F()), complex(1, C()) if False else "")
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1.5), (1 + 2j).__mul__(2), (1 + 2j).__rsub__(10), (1 + 2j).__pow__(2))
print(complex.__mro__, type(1j).__name__, (1 + 2j).__eq__(1), (1 + 2j).__lt__ if False else "", 2 ** (1j) == (2 ** 1j))
print([complex(x, -x) for x in range(3)], sum([1j, 2j, 3]), (1 + 1j) ** 10, pow(1j, 3))
