# Bitwise operators on ints and bools, shifts, negatives, errors.
for a, b in [(12, 10), (-12, 10), (0xff, 0x0f), (-1, 7)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 70) >> 3)
print(True & False, True | False, True ^ True, ~True, True << 3)
print(type(True & True).__name__, type(True & 1).__name__, type(~False).__name__)
print(bin(0b1010 & 0b0110), hex(0xf0 | 0x0f), oct(0o7 ^ 0o5))
for expr in ["1 << -1", "1 >> -1", "1.0 & 1", "1 | 2.0", "'a' ^ 1", "~1.5"]:
    try:
        print(eval(expr))
    except (ValueError, TypeError) as e:
        print(expr, "->", type(e).__name__, e)
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, bin(x), [(x >> i) & 1 for i in range(8)])
print((255).bit_length(), (-255).bit_length(), (0).bit_length())
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2} ^ {2, 3}, {1, 2} - {2})
print(frozenset({1, 2}) & {2})
