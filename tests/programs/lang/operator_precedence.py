# Operator precedence and associativity of Python's expression grammar.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 0)
print(7 // 2 * 2, 7 % 3 * 2, -7 // 2, -7 % 3, 7 // -2, 7 % -3)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 16 >> 1 + 1)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3 & 4, 6 & 3 | 8, 5 ^ 1 | 2)
print(1 < 2 == True, (1 < 2) == True, 3 & 1 == 1, (3 & 1) == 1)
print(not 1 == 2, not (1 == 2), -3 + 4, ~5 + 1, - - 3, +-+3, ~~7)
print(2 * -3, 2 ** ~1, -~3, 1 - -1)
print(1 if 2 and 3 or 4 else 5)
print(True + True * 2, "ab" * 2 + "c", [0] * 2 * 3)
print(3 in [1, 2, 3] == True)
print((3 in [1, 2, 3]) == True)
print(lambda_result := (lambda x: x + 1)(2) * 10)
a = [1, 2, 3]
print(a[1:][0], a[-1] ** 2, -a[0])
d = {"k": [1, {"n": 5}]}
print(d["k"][1]["n"] * 2)
class P:
    val = 3
    def m(self):
        return [4, 5]
print(P().m()[1] ** 2, P.val * -1)
print(1e3 // 7, 2.5 % 1, 1 / 4 * 4)
print(0 or 1 and 2, (0 or 1) and 2, 0 or (1 and 2))
print(5 - 3 if 0 else 2)
