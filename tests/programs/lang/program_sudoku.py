# A sudoku solver: constraint sets, backtracking recursion choosing the most constrained cell, grid rendering.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [line for line in text.split() if line]
    return {(r, c): int(ch) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch != "."}

def peers(cell):
    r, c = cell
    box = {(br, bc) for br in range(r // 3 * 3, r // 3 * 3 + 3) for bc in range(c // 3 * 3, c // 3 * 3 + 3)}
    return ({(r, i) for i in range(9)} | {(i, c) for i in range(9)} | box) - {cell}

PEERS = {(r, c): peers((r, c)) for r in range(9) for c in range(9)}
steps = 0

def candidates(grid, cell):
    return set(range(1, 10)) - {grid[p] for p in PEERS[cell] if p in grid}

def solve(grid):
    global steps
    empty = [cell for cell in PEERS if cell not in grid]
    if not empty:
        return grid
    cell = min(empty, key=lambda c: (len(candidates(grid, c)), c))
    for value in sorted(candidates(grid, cell)):
        steps += 1
        grid[cell] = value
        if solve(grid):
            return grid
        del grid[cell]
    return None

def render(grid):
    lines = []
    for r in range(9):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        row = ""
        for c in range(9):
            if c and c % 3 == 0:
                row += "| "
            row += f"{grid.get((r, c), '.')} "
        lines.append(row.rstrip())
    return "\n".join(lines)

grid = parse(PUZZLE)
print(len(grid), "givens")
solution = solve(dict(grid))
print(render(solution))
print("steps:", steps)
ok = all(sorted(solution[(r, c)] for c in range(9)) == list(range(1, 10)) for r in range(9))
ok &= all(sorted(solution[(r, c)] for r in range(9)) == list(range(1, 10)) for c in range(9))
print("valid:", ok, "givens kept:", all(solution[k] == v for k, v in grid.items()))
bad = dict(grid)
bad[(0, 2)] = 5
print("impossible puzzle:", solve(bad))
