# Integer and float arithmetic operators, including errors and mixing.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2)
print(2 ** 100, -(2 ** 63), 2 ** 64 - 1, (10 ** 20) // 3, (10 ** 20) % 7)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -2))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, -2))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16 + 1, 1.5e-7, 123456789.0 * 10)
print(3 * 1.0, 3 + 0.5, True + 1, True * 2.5, False - 1)
print(10 ** -2, 2 ** 0.5, (-8) ** (1 / 3) if False else "skip", 0 ** 0, 0.0 ** 0)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1 % 0.0", "divmod(1, 0)", "0 ** -1", "0.0 ** -1", "2.0 ** 10000", "pow(2, 3, 0)", "10 ** 400 * 1.0"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
print(float("inf") - float("inf"), float("inf") * 0, -float("inf"))
print(abs(-5), abs(-5.5), round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(int(3.99), int(-3.99), int("42"), float("1e3"), int("  -7  "), int("0x1f", 16), int("101", 2))
for bad in ["1.5", "abc", "", "1_000"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print("3" + 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(3 + "4")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(-"x")
except TypeError as e:
    print(type(e).__name__, e)
print(1_000_000 + 0x_ff + 0o17 + 0b1_0)
print(-0.0, 0.0 == -0.0, 1e308 * 10, 5e-324 / 2)
