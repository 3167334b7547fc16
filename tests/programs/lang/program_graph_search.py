# Graph algorithms on dict-of-lists graphs: BFS, DFS (recursive and iterative), topological sort, Dijkstra, cycles.
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}

def bfs(g, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in g[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(g, node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in g[node]:
        if nxt not in seen:
            dfs(g, nxt, seen)
    return seen

def dfs_iter(g, start):
    stack, seen = [start], []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        stack.extend(reversed(g[node]))
    return seen

def topo_sort(g):
    indegree = {n: 0 for n in g}
    for targets in g.values():
        for t in targets:
            indegree[t] += 1
    ready = sorted(n for n, d in indegree.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for t in g[n]:
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle")
    return out

def shortest_path(g, start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in g[node]:
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None

print(bfs(graph, "a"), dfs(graph, "a"), dfs_iter(graph, "a"))
print(topo_sort(graph), shortest_path(graph, "a", "f"), shortest_path(graph, "f", "a"))
cyclic = {"x": ["y"], "y": ["z"], "z": ["x"]}
try:
    topo_sort(cyclic)
except ValueError as e:
    print(type(e).__name__, e)

weighted = {
    "A": {"B": 4, "C": 1},
    "B": {"D": 1},
    "C": {"B": 2, "D": 5},
    "D": {"E": 3},
    "E": {},
}
def dijkstra(g, source):
    dist = {n: float("inf") for n in g}
    dist[source] = 0
    done = set()
    while len(done) < len(g):
        node = min((n for n in g if n not in done), key=lambda n: (dist[n], n))
        done.add(node)
        for nxt, w in g[node].items():
            if dist[node] + w < dist[nxt]:
                dist[nxt] = dist[node] + w
    return dist
print(dijkstra(weighted, "A"))

def has_cycle(g):
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(g, WHITE)
    def visit(n):
        color[n] = GREY
        for m in g[n]:
            if color[m] == GREY or (color[m] == WHITE and visit(m)):
                return True
        color[n] = BLACK
        return False
    return any(color[n] == WHITE and visit(n) for n in g)
print(has_cycle(graph), has_cycle(cyclic))

def components(edges, nodes):
    parent = {n: n for n in nodes}
    def find(n):
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n
    for a, b in edges:
        parent[find(a)] = find(b)
    groups = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    return sorted(sorted(g) for g in groups.values())
print(components([(1, 2), (3, 4), (2, 5)], range(1, 8)))
