# int: arbitrary precision arithmetic, crossing machine word boundaries in both signs.
a = 2 ** 64
b = 2 ** 63 - 1
print(a, b, a - 1, -a, a + b, a * b)
print(2 ** 100, 3 ** 80, 7 ** 77)
print(a * a, a * a * a - 1)
print(10 ** 50 // 7, 10 ** 50 % 7, -(10 ** 50) // 7, -(10 ** 50) % 7)
print(divmod(10 ** 40, 12345678901234567), divmod(-(10 ** 40), 12345678901234567))
print(divmod(10 ** 40, -12345678901234567), divmod(-(10 ** 40), -12345678901234567))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 47), f % 1000000007, f.bit_length())
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, 2 ** 63 == 9223372036854775808)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(4611686018427387904 * 2, 4611686018427387904 * -2, -4611686018427387904 * 2)
print((2 ** 200) >> 150, (2 ** 200 + 12345) & 0xFFFF, -(2 ** 100) >> 90)
print(-(2 ** 100) | 7, (2 ** 100) ^ (2 ** 99), ~(2 ** 70))
print(int("9" * 60) + 1, int("-" + "9" * 60) - 1)
print(abs(-(2 ** 90)), -(-(2 ** 90)), +(2 ** 90))
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63), 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64)
print((2 ** 53 + 1) > 2.0 ** 53, (2 ** 53 + 1) < 2.0 ** 53 + 2, 10 ** 400 > 1e308)
print(10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 10 ** 10, 2 ** 1000 / 2 ** 999)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(2 ** 1024))
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 9, 2 ** 2 ** 5)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x, x % 97, str(x)[:10], len(str(x)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(-1), hash(-2), hash(0), hash(10 ** 20))
