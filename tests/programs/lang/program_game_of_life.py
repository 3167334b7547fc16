# Conway's Game of Life on a set of live cells: set comprehensions, tuples as keys, rendering.
def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy}

def step(live):
    candidates = live | {n for c in live for n in neighbours(c)}
    return {c for c in candidates if len(neighbours(c) & live) == 3 or (c in live and len(neighbours(c) & live) == 2)}

def render(live, width, height):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(width)) for y in range(height))

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for generation in range(5):
    print(f"generation {generation}:")
    print(render(state, 6, 6))
    state = step(state)

blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker)) == blinker, sorted(step(blinker)))
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block)

# after 4 generations a glider moves one cell diagonally
g = glider
for _ in range(4):
    g = step(g)
print(g == {(x + 1, y + 1) for x, y in glider})

# r-pentomino population over time
r = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
populations = []
for _ in range(30):
    populations.append(len(r))
    r = step(r)
print(populations)
print(step(set()), len(step({(0, 0)})))
