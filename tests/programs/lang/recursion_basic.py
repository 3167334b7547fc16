# Recursion: factorial, fibonacci with memo, mutual recursion, deep structures, Ackermann, permutations.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(30))

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

def depth(obj):
    if isinstance(obj, list):
        return 1 + max((depth(x) for x in obj), default=0)
    return 0
print(depth([1, [2, [3, [4]], []]]), depth([]), depth(5))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result
print(permutations([1, 2, 3]))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))

def flatten(nested):
    if not isinstance(nested, (list, tuple)):
        return [nested]
    return [x for item in nested for x in flatten(item)]
print(flatten([1, (2, [3, (4,)]), [[5]]]))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set(["a", "b", "c"]))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5))

# recursion through a nested function and a lambda
def outer(n):
    def helper(k):
        return 0 if k == 0 else k + helper(k - 1)
    return helper(n)
print(outer(100))
count_down = lambda n: [] if n == 0 else [n] + count_down(n - 1)
print(count_down(5))

# a moderately deep recursion stays within the default limit
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
