"""Leak check (run by `cargo xtask leakcheck`): N reference cycles, one in ten with __del__.

    python3 cycles.py [N]        (N defaults to 1,000,000)

Each iteration makes a cycle of two objects holding a small list and drops it, so only the
cyclic garbage collector can free it. Every tenth cycle holds an object with a finalizer, which
counts its calls; every 1,000th finalizer resurrects its object (stores it in a global list that
is emptied every 10,000 cycles), so the object turns into garbage a second time and, as PEP 442
says, its finalizer must not run again. The program prints one line,

    finalized <calls> of <N // 10>, <twice> twice

and the harness checks calls == N // 10 and twice == 0, and that peak memory for N = 1,000,000
stays flat against N = 100,000. Only builtins, sys and gc are used.
"""

import gc
import sys

finalized = 0
twice = 0
resurrected = []


class Node:
    def __init__(self):
        self.other = None
        self.payload = [1, 2, 3, 4]


class Finalized(Node):
    def __init__(self, index):
        Node.__init__(self)
        self.index = index
        self.calls = 0

    def __del__(self):
        global finalized, twice
        self.calls += 1
        if self.calls == 1:
            finalized += 1
        else:
            twice += 1
        if self.index % 1000 == 0:
            resurrected.append(self)


def make_cycles(n):
    for i in range(n):
        a = Node()
        b = Finalized(i) if i % 10 == 0 else Node()
        a.other = b
        b.other = a
        if i % 10_000 == 9_999:
            resurrected.clear()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    make_cycles(n)
    gc.collect()
    resurrected.clear()
    gc.collect()
    print("finalized %d of %d, %d twice" % (finalized, (n + 9) // 10, twice))


main()
