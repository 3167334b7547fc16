# yield from: delegation, return values, send/throw/close forwarded to the subgenerator.
def inner():
    received = yield "inner 1"
    print("  inner got", received)
    yield "inner 2"
    return "inner result"

def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer"

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(g))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

# throw is forwarded to the delegate
def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("  sub caught", e)
        yield "sub handled"
def delegator():
    yield from sub()
    yield "after"
d = delegator()
print(next(d), d.throw(KeyError("k")), next(d))

# close is forwarded
def sub_close():
    try:
        yield 1
    finally:
        print("  sub finally")
def del_close():
    try:
        yield from sub_close()
    finally:
        print("  delegator finally")
c = del_close()
next(c)
c.close()

# return value of yield from over a plain iterator is None
def over_list():
    r = yield from [1, 2]
    yield r
print(list(over_list()))

# StopIteration value flows out
def ret(v):
    return v
    yield
def collect():
    a = yield from ret("A")
    b = yield from ret("B")
    yield a + b
print(list(collect()))

# yield from a generator that raises
def raiser():
    yield 1
    raise ValueError("inner failure")
def wrapper():
    try:
        yield from raiser()
    except ValueError as e:
        yield f"caught {e}"
print(list(wrapper()))

try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# send to a delegate that is a plain iterator fails with AttributeError
def delegate_iter():
    yield from iter([1, 2])
di = delegate_iter()
next(di)
try:
    di.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

def depth(n):
    if n:
        yield n
        yield from depth(n - 1)
print(list(depth(5)))
