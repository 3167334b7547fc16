# N-queens with backtracking: recursion, generators, sets, and board rendering.
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            yield tuple(placement)
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            yield from place(row + 1)
            placement.pop()
            cols.discard(col); diag1.discard(row - col); diag2.discard(row + col)
    yield from place(0)

for n in range(1, 9):
    solutions = list(solve(n))
    print(n, len(solutions), solutions[0] if solutions else None)

def render(solution):
    n = len(solution)
    return "\n".join("".join("Q" if c == col else "." for c in range(n)) for col in solution)
first = next(solve(6))
print(render(first))

def is_valid(solution):
    n = len(solution)
    return all(
        solution[i] != solution[j] and abs(solution[i] - solution[j]) != j - i
        for i in range(n) for j in range(i + 1, n)
    )
print(all(is_valid(s) for s in solve(7)))

# symmetry: reflecting a solution gives a solution
sols = set(solve(6))
mirrored = {tuple(len(s) - 1 - c for c in s) for s in sols}
print(sols == mirrored, sorted(sols))

# the generator can be stopped early
g = solve(8)
print([next(g) for _ in range(3)])
g.close()
