# divmod(): ints of both signs and big, floats (signs of zero, inf), bool, mixed, user __divmod__/
# __rdivmod__, and errors (zero division, complex, str).
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1), (2 ** 70, 3), (-(2 ** 70), 7), (10 ** 30, -(10 ** 15)), (True, 2)):
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (-0.0, 1), (0.0, -1), (5, float("inf")), (-5, float("inf")), (float("inf"), 2)):
    print(a, b, divmod(a, b))
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (1j, 1), ("a", 1), (1, None)):
    try:
        divmod(a, b)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
class Money:
    def __init__(self, c):
        self.c = c
    def __divmod__(self, n):
        return ("split", self.c // n, self.c % n)
    def __rdivmod__(self, n):
        return ("rsplit", n)
print(divmod(Money(105), 10), divmod(7, Money(1)))
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(-1, 10 ** 20), divmod(10 ** 20, -1), divmod(-(10 ** 20), 10 ** 20), divmod(2 ** 64, 2 ** 32))
