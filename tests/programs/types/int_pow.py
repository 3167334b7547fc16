# int: ** and pow() with two and three arguments, negative exponents, modular inverse.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -3), pow(0, 0), pow(1, -5))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(5, 0, 1), pow(5, 0, 7), pow(0, 0, 7), pow(10 ** 20, 10 ** 20, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97), pow(-3, -1, 7), pow(2, -1, -7))
err(pow, 2, -1, 4)
err(pow, 2, 3, 0)
err(pow, 2, 3.0, 5)
err(pow, 2.0, 3, 5)
err(pow, 2, -1, 1)
err(pow, 0, -1)
err(pow, 0.0, -1)
print(pow(2, 0.5), pow(4, 0.5), pow(-8, 1 / 3).real > 0, type(pow(-8, 1 / 3)).__name__)
print((-1) ** 0.5, pow(-4, 0.5))
print(2 ** 100, (-2) ** 101, 10 ** 0, 0 ** 0, (-1) ** 10 ** 6)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(2 ** 3.0, 2.0 ** 3, 4 ** -0.5, 1.5 ** 2)
err(lambda: 10.0 ** 400)
err(lambda: 10 ** -400 == 0)
print(10 ** -30, 2 ** -1074 > 0, 2 ** -1080)
print(pow(7, 2, 2 ** 70), pow(2 ** 70, 3, 2 ** 65 + 1))
print(1 ** 10 ** 100 if False else 1, pow(1, 10 ** 30), pow(-1, 10 ** 30 + 1))
print(pow(True, 2), pow(True, False), pow(2, True, 3))
