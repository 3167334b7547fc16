# A range-like class: __len__, __getitem__ (ints, negatives, slices), __contains__, __reversed__, __eq__, __hash__, __repr__.
class MyRange:
    def __init__(self, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError(f"MyRange expected 1 to 3 arguments, got {len(args)}")
        start, stop, step = (0, args[0], 1) if len(args) == 1 else (*args, 1)[:3]
        if step == 0:
            raise ValueError("MyRange() arg 3 must not be zero")
        self.start, self.stop, self.step = start, stop, step

    def __len__(self):
        if self.step > 0 and self.start < self.stop:
            return (self.stop - self.start - 1) // self.step + 1
        if self.step < 0 and self.start > self.stop:
            return (self.start - self.stop - 1) // -self.step + 1
        return 0

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            return MyRange(self[start] if start < len(self) else self.stop, self.start + stop * self.step, self.step * step)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("MyRange object index out of range")
        return self.start + i * self.step

    def __iter__(self):
        value = self.start
        for _ in range(len(self)):
            yield value
            value += self.step

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, x):
        if not isinstance(x, int):
            return any(x == v for v in self)
        if self.step > 0:
            in_bounds = self.start <= x < self.stop
        else:
            in_bounds = self.stop < x <= self.start
        return in_bounds and (x - self.start) % self.step == 0

    def __eq__(self, other):
        if not isinstance(other, MyRange):
            return NotImplemented
        return list(self) == list(other)

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        return f"MyRange({self.start}, {self.stop}, {self.step})"

cases = [(10,), (2, 12, 3), (10, 0, -2), (5, 5), (0, -5), (-3, 3)]
for args in cases:
    mine, real = MyRange(*args), range(*args)
    print(f"{args!s:12} {list(mine)} len={len(mine)} same={list(mine) == list(real) and len(mine) == len(real)}")
r = MyRange(0, 20, 3)
print(r[0], r[-1], r[2], list(r[1:4]), list(r[::-1]) == list(range(0, 20, 3)[::-1]), list(reversed(r)))
print(6 in r, 7 in r, 18 in r, 21 in r, 6.0 in r, "x" in r)
print(MyRange(0, 4) == MyRange(0, 4, 1), MyRange(0) == MyRange(5, 5), len({MyRange(3), MyRange(0, 3)}))
for bad in [lambda: MyRange(), lambda: MyRange(1, 2, 0), lambda: r[100], lambda: MyRange(1, 2, 3, 4)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(sum(MyRange(101)), max(MyRange(5, 50, 7)), dict(zip(MyRange(3), "abc")), list(enumerate(MyRange(10, 13))))
