# Recursive closures and functions referring to themselves: local recursion, Y combinator, memo in closures.
def make_fib():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib, memo
fib, memo = make_fib()
print(fib(50), len(memo))

def outer():
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return even, odd
even, odd = outer()
print(even(10), odd(10), even(7))

Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))

def counter_factory():
    def count_down(n, acc=None):
        acc = [] if acc is None else acc
        if n == 0:
            return acc
        acc.append(n)
        return count_down(n - 1, acc)
    return count_down
print(counter_factory()(5))

# rebinding the name changes what the recursive call refers to
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
g = f
def f(n):
    return -100
print(g(3), g(0))

# a recursive closure captured in a loop
makers = []
for depth in range(3):
    def walk(n, d=depth):
        return [d] if n == 0 else [d] + walk(n - 1, d)
    makers.append(walk)
print([m(2) for m in makers])

# recursion through a class method and a lambda attribute
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    depth = lambda self: 1 + max((c.depth() for c in self.children), default=0)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5, Tree(6))))
print(t.total(), t.depth())

def flatten_closure():
    result = []
    def walk(node):
        result.append(node.value)
        for c in node.children:
            walk(c)
    walk(t)
    return result
print(flatten_closure())
