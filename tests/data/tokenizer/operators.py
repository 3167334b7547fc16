a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
x = a & b | c ^ ~d << 1 >> 2
y = a < b > c <= d >= e == f != g
def f(x) -> int: ...
if (n := 10) > 5: pass
z = {1: [2, (3,)], 'k': x.y}
