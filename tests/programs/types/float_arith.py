# float arithmetic: mixed int/float, precision, comparisons with big ints, errors, augmented ops.
def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 1.1, 7.0 / 2, 7.0 // 2, 7.0 % 2, 2.0 ** 10, -2.0 ** 2, (-2.0) ** 3)
print(1 + 1.0, 1 - 1.0, 2 * 0.5, 10 / 4.0, 1e300 * 1e-300, 1e-300 * 1e-300, 1 / 3 * 3, 2 / 3 + 1 / 3)
print(2 ** 53 + 1.0, float(2 ** 53 + 1), 2 ** 63 * 1.0, 10 ** 20 / 3, 10 ** 20 // 3.0, (10 ** 20) % 3.0)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1.0 == 1, 1.0 < 2 ** 70, 2.5 > 2, -0.5 < 0)
err(lambda: 1.0 / 0)
err(lambda: 1.0 // 0.0)
err(lambda: 1.0 % 0)
err(lambda: 0.0 ** -1)
err(lambda: (-1.0) ** 0.5)
err(lambda: 1.5 + "1")
err(lambda: 1.5 * [1])
err(lambda: 1e308 ** 2)
err(lambda: 2 ** 10000 * 1.0)
err(lambda: 1.5 & 1)
err(lambda: 1.5 << 1)
x = 1.5
x += 1; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 0.5; print(x)
x %= 2.5; print(x)
x **= 2; print(x)
x -= 0.25; print(x)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(3.0 * 1.1, 4.35 * 100, 0.57 * 100, 1.15 * 10, 8.675 * 1000, 2.675 * 100)
print(1e16 + 1, 1e16 + 2, 1e15 + 0.3, 123456789.123456789, 1.0 - 1e-16, 1.0 + 1e-16, 1.0 + 2.2e-16)
print(abs(-2.5), -(-2.5), +(-0.0), divmod(-7.5, 2), divmod(7.5, -2), pow(2.0, -2), pow(-2.0, 2), pow(4.0, 0.5))
print(max(1.5, 2), min(1.5, 1), max(-0.0, 0.0), min(0.0, -0.0), sorted([1, 0.5, -2.5, 2, True]))
print(float.__truediv__(1.0, 3), float.__floordiv__(-1.0, 3), float.__sub__(1.0, 3), float.__rsub__(1.0, 3))
