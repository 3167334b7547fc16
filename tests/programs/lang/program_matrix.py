# A Matrix class: __matmul__, __getitem__ with tuple keys, equality, identity, transpose, determinant, inverse.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __repr__(self):
        width = max(len(repr(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x!r:>{width}}" for x in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch: {self.n}x{self.m} + {other.n}x{other.m}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    @property
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of a non-square matrix")
        if self.n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(self.m))

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, a + b, 2 * a, a * 3, a.T, sep="\n--\n")
print("--")
print(a[1, 0], a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), (a @ Matrix.identity(2)) == a)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
a[0, 0] = 10
print(a.rows, a == Matrix([[10, 2], [3, 4]]), a == [[10, 2], [3, 4]])
for bad in [lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: a + Matrix([[1]]), lambda: Matrix([[1, 2]]).det(), lambda: a @ 2]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
rot = Matrix([[0, -1], [1, 0]])
print((rot ** 4) == Matrix.identity(2), (rot ** 2).rows)
