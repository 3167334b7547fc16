# Generators as methods: __iter__ written as a generator, generator methods sharing instance state, recursion.
class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()
    def levels(self):
        level = [self]
        while level:
            yield [n.value for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]
    def paths(self, prefix=()):
        here = prefix + (self.value,)
        if not (self.left or self.right):
            yield here
        for child in (self.left, self.right):
            if child:
                yield from child.paths(here)

t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7, None, Tree(8))))
print(list(t), list(t.preorder()), list(t.levels()), list(t.paths()))
print(sum(t), max(t), 5 in t, sorted(t, reverse=True)[:3], [x for x in t if x % 2])

class Counter:
    def __init__(self):
        self.count = 0
    def ticks(self, n):
        for _ in range(n):
            self.count += 1
            yield self.count
c = Counter()
g1, g2 = c.ticks(3), c.ticks(3)
print(next(g1), next(g2), next(g1), list(g2), list(g1), c.count)

class Pages:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def __iter__(self):
        for start in range(0, len(self.items), self.size):
            yield self.items[start:start + self.size]
    def __len__(self):
        return -(-len(self.items) // self.size)
p = Pages(list(range(10)), 4)
print(list(p), len(p), [len(page) for page in p])

class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for x in Fib():
    if x > 100:
        break
    out.append(x)
print(out)

class Lines:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        return (line.strip() for line in self.text.splitlines() if line.strip())
    @staticmethod
    def numbered(it):
        for i, line in enumerate(it, 1):
            yield f"{i:02d}: {line}"
    @classmethod
    def from_parts(cls, *parts):
        return cls("\n".join(parts))
print(list(Lines.numbered(Lines.from_parts("  alpha", "", "beta  ", "gamma"))))
print(type(Tree.__iter__).__name__, type(t.__iter__()).__name__, t.__iter__().__qualname__)
