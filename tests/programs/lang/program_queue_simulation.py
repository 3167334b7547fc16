# A bank-queue simulation with a seeded LCG: classes, generators, a hand-written deque, statistics.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

class Deque:
    def __init__(self):
        self.front, self.back = [], []
    def push(self, x):
        self.back.append(x)
    def pop(self):
        if not self.front:
            self.front, self.back = self.back[::-1], []
        return self.front.pop()
    def __len__(self):
        return len(self.front) + len(self.back)

class Customer:
    count = 0
    def __init__(self, arrival, service):
        Customer.count += 1
        self.id = Customer.count
        self.arrival, self.service = arrival, service
        self.start = None
    @property
    def wait(self):
        return self.start - self.arrival

def arrivals(rng, minutes):
    t = 0
    while True:
        t += rng.randint(1, 4)
        if t >= minutes:
            return
        yield Customer(t, rng.randint(2, 6))

def simulate(tellers, seed, minutes=120):
    Customer.count = 0
    rng = LCG(seed)
    queue = Deque()
    free_at = [0] * tellers
    served = []
    incoming = list(arrivals(rng, minutes))
    pending = iter(incoming)
    nxt = next(pending, None)
    max_queue = 0
    for now in range(minutes * 2):
        while nxt is not None and nxt.arrival == now:
            queue.push(nxt)
            nxt = next(pending, None)
        for i in range(tellers):
            if free_at[i] <= now and len(queue):
                c = queue.pop()
                c.start = now
                free_at[i] = now + c.service
                served.append(c)
        max_queue = max(max_queue, len(queue))
    waits = [c.wait for c in served]
    return {
        "tellers": tellers,
        "customers": len(incoming),
        "served": len(served),
        "avg_wait": round(sum(waits) / len(waits), 2),
        "max_wait": max(waits),
        "max_queue": max_queue,
    }

for tellers in (1, 2, 3):
    print(simulate(tellers, seed=2024))
print(simulate(2, seed=7))
rng = LCG(1)
print([rng.randint(1, 6) for _ in range(12)])
d = Deque()
for i in range(5):
    d.push(i)
print(d.pop(), d.pop(), len(d))
d.push(99)
print([d.pop() for _ in range(len(d))])
