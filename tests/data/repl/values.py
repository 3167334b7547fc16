1 + 1
x = [1, 2]
x
None
's'
print('hi')
def f(n):
    return n * 2

f(21)
for i in range(3):
    i

1 / 0
x.append(3); x
