# int: floor division and modulo follow the divisor's sign; divmod; float cases.
for a in (7, -7, 0, 1, -1, 13, -13):
    row = []
    for b in (3, -3, 1, -1, 5, -5):
        row.append("%d//%d=%d %d%%%d=%d" % (a, b, a // b, a, b, a % b))
    print("  ".join(row))
for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, -3)):
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
print(divmod(1, 0.5), divmod(-1e-300, 1), -1e-300 % 1 == 1.0)
print(int(7 / 2), int(-7 / 2), round(7 / 2), round(-7 / 2))
for b in (0, 0.0):
    for op in ("//", "%", "/", "divmod"):
        try:
            if op == "//":
                 5 // b
            elif op == "%":
                 5 % b
            elif op == "/":
                 5 / b
            else:
                 divmod(5, b)
        except ZeroDivisionError as e:
            print(op, type(b).__name__, type(e).__name__, e)
print((10 ** 20) // -3, (10 ** 20) % -3, -(10 ** 20) // 3, -(10 ** 20) % 3)
print((-1) // (10 ** 30), (-1) % (10 ** 30), 1 // -(10 ** 30), 1 % -(10 ** 30))
