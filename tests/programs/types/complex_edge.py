# complex edge cases: division by small/huge parts, pow with integer and complex exponents,
# signed zeros in repr, inf/nan parts, equality with int/float, and hashing consistency.
vals = [complex(1, 2), complex(-1, 0), complex(0, -1), complex(1e300, 1e300), complex(1e-300, 1e-300), complex(0.0, -0.0), complex(-0.0, 0.0)]
for a in vals:
    row = [repr(a)]
    for b in (complex(3, -4), 2, 0.5j, complex(1e-200, 1e-200)):
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append("ZDE")
    print(" ".join(row))
for base in (1j, 2 + 0j, -1 + 0j, 1 + 1j, 0j):
    out = []
    for exp in (0, 1, 2, 3, -1, 0.5, 1j, 10, 100):
        try:
            out.append(repr(base ** exp))
        except (ZeroDivisionError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(base), " ".join(out))
inf, nan = float("inf"), float("nan")
print(repr(complex(inf, 0)), repr(complex(0, inf)), repr(complex(nan, 1)), repr(complex(-inf, -nan)), abs(complex(inf, nan)))
print(complex(inf, 0) * 2, complex(inf, 1) * 0, complex(1, 1) * inf, complex(0, 1) * complex(0, inf))
print(1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, complex(2, 0) in {2}, hash(complex(2, 0)) == hash(2), hash(complex(0, 0)) == hash(0))
print(repr(-(0j)), repr(0j * -1), repr(complex(0, 0) - 0j), repr(-complex(0, 0)), repr(complex(-0.0, -0.0) + 0j))
print(complex("1e500j"), complex("-1e500+1j"), complex("nan+nanj"), complex("infj"), complex("-INFINITYj"))
print((1 + 2j).real, (1 + 2j).imag, type((1 + 2j).real).__name__, (3 + 4j).conjugate().conjugate(), abs(1e200 + 1e200j))
try:
    print(abs(complex(1e308, 1e308)))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((1e200 + 1e200j) ** 2)
except OverflowError as e:
    print(type(e).__name__, e)
print((1e-200 + 0j) ** 2, (2 + 3j) ** 0.0, (2 + 3j) ** 1.0, pow(2 + 3j, 2), (1 + 1j) ** -2)
