# A traceback through many frames: functions, a method, a lambda, a comprehension and a generator,
# each frame printed with its code line (module-level frame first).
class Tree:
    def __init__(self, depth):
        self.depth = depth
    def walk(self):
        return [leaf(n) for n in range(self.depth, -1, -1)]

def leaf(n):
    return compute(lambda: 10 // n)

def compute(f):
    return f()

def numbers():
    yield from Tree(3).walk()

print("first", list(Tree(0).walk()) if False else "skipped")
print(Tree(2).depth)
for value in numbers():
    print("value", value)
