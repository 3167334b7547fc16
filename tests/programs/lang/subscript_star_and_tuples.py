# Subscripts with tuples and star-expressions (PEP 646 in 3.11), and __getitem__ receiving them.
class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("  set", key, "=", value)
s = Show()
idx = (1, 2)
print(s[idx], s[*idx], s[0, *idx], s[*idx, 3], s[*idx, *idx], s[*[]], s[*"ab"])
print(s[1:2, *idx], s[(*idx,)], s[*range(3), ...])
s[*idx] = "starred target index"
d = {}
d[1, 2] = "tuple key"
d[(3, 4)] = "explicit tuple"
print(d, d[1, 2], d[3, 4])
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[2, 2], grid[(1, 2)], sorted(k for k in grid if k[0] == k[1]))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, rc):
        match rc:
            case (int(r), int(c)):
                return self.rows[r][c]
            case (int(r), slice() as cs):
                return self.rows[r][cs]
            case (slice() as rs, int(c)):
                return [row[c] for row in self.rows[rs]]
            case int(r):
                return self.rows[r]
            case _:
                raise TypeError(f"bad index {rc!r}")
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1, 2], m[0, 1:], m[:, 0], m[::2, 1], m[2])
try:
    m["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    pair = [1, 2]
    pair[1, 2]
except TypeError as e:
    print(type(e).__name__, e)
