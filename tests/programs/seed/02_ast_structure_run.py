# The Python half of seed section "AST Structure Example", called and observed.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

for n in (0, 1, 2, 5, 10, 20, 30):
    print(n, factorial(n))
print(factorial.__name__, factorial.__code__.co_argcount, factorial.__code__.co_varnames)
print(factorial.__code__.co_names)
print(factorial.__code__.co_consts)
