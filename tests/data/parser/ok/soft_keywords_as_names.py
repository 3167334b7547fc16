match = 1
match.x = 2
match(x)
print(match)
case = 3
_ = 4
match[x] = 1
match, case = 1, 2
match * 2
