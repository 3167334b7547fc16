# Generator-based coroutines (send-driven consumers): priming decorator, broadcast, filters, sinks.
def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = func.__name__
    return start

@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(f"  {prefix}: {item}")
    except GeneratorExit:
        print(f"  {prefix} closed")

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(n)

results = []
sink = broadcast(grep("py", printer("py-lines")), grep("rust", printer("rust-lines")), counter(results))
for line in ["python is fun", "rust is fast", "pypy and rust", "go away"]:
    sink.send(line)
sink.close()
print("closing the broadcast freed its targets; counter saw:", results)

@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count

a = averager()
print(a.send(10), a.send(20), a.send(60))
a.throw(ValueError)
print(a.send(5))

# a consumer that returns a summary when sent a sentinel
def collector():
    items = []
    while True:
        item = yield
        if item is None:
            return items
        items.append(item)
c = collector()
next(c)
for x in "abc":
    c.send(x)
try:
    c.send(None)
except StopIteration as stop:
    print("collected", stop.value)

# delegating with yield from lets the outer generator get the summary
def tally():
    summaries = []
    while True:
        summary = yield from collector()
        summaries.append(summary)
        print("  batch done:", summary)
t = tally()
next(t)
for x in [1, 2, None, 3, None]:
    t.send(x)
