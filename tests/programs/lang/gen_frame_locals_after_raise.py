# A suspended generator's gi_frame.f_locals shows the values at its last yield, also when the
# generator's frame object was made earlier by an exception passing through it (so the frame
# object already existed, held by nothing else, while the generator went on yielding).
import gc


def walk(n):
    total = 0
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            pass
        total += i
        yield i


g = walk(5)
print(next(g), sorted(g.gi_frame.f_locals.items()))
print(next(g), next(g), sorted(g.gi_frame.f_locals.items()))
fr = g.gi_frame
print(next(g), sorted(fr.f_locals.items()))
del fr
print(next(g), sorted(g.gi_frame.f_locals.items()))


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    async def __aiter__(self):
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i


def drive(agen):
    out = []
    while True:
        try:
            agen.__anext__().send(None)
        except StopIteration as e:
            out.append((e.value, sorted(k for k in agen.ag_frame.f_locals)))
        except StopAsyncIteration:
            return out


t = Tree(Tree(None, 1, None), 2, Tree(None, 3, Tree(None, 4, None)))
for v, names in drive(t.__aiter__()):
    print(v, names)
gc.collect()
print("done")
