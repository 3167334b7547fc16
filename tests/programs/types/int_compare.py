# int comparisons: chained, with floats/bools/big ints, equality with other types, sorting ints.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1, 1 == 1.0 == True, 0 == False == 0.0 == -0.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 < float("inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, nan == nan, nan != nan)
print(1 == "1", 1 != "1", 1 == None, 1 == [1], 1 == (1,), 1 == 1 + 0j, 1 == 1 + 1j)
for op in ("<", "<=", ">", ">="):
    try:
        eval("1 %s '1'" % op)
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    1 < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
print(max(3, 7, 1), min(3, 7, 1), max(-(2 ** 70), -5), min(2 ** 70, 5.5))
print(sorted([5, -2, 10 ** 20, 3.5, True, 0, -(10 ** 20)]))
a = 10 ** 30
b = 10 ** 30
print(a == b, a <= b, a < b, a is not None)
print((5).__lt__(5.5), (5).__lt__("x"), (5).__eq__(5.0), (5.0).__eq__(5))
print(0 == -0, 1 in [1.0], 1.0 in {1: "a"}, True in {1, 2})
print([x for x in range(-3, 4) if -1 <= x < 2])
print(all(i < i + 1 for i in (-(2 ** 64), -1, 0, 2 ** 63 - 1, 2 ** 64)))
print(-(2 ** 63) < -(2 ** 63) + 1, 2 ** 63 - 1 < 2 ** 63, -(2 ** 64) < -(2 ** 63))
