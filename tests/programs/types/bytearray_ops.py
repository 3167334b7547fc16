# bytearray: mutation (item/slice assignment, del, append/extend/insert/pop/remove/reverse/clear/copy),
# += and *=, methods returning bytearray, comparisons, resize errors.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:3], bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)))
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EEE"
print(ba)
ba[1:4] = []
print(ba)
ba[::2] = b"xy"
print(ba)
ba[len(ba):] = b" world"
print(ba)
del ba[0]
del ba[-3:]
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.extend(iter(range(48, 50)))
ba.insert(0, 60)
ba.insert(-1, 61)
ba.insert(100, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(63)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, c is not ba)
c += b"++"
c *= 2
print(c, c * 0, c + bytearray(b"!"), type(c + b"!").__name__, c == bytes(c), c.upper(), type(c.upper()).__name__)
err(ba.pop)
err(c.remove, 200)
err(c.append, 256)
err(c.append, -1)
err(c.append, "a")
err(c.__setitem__, 0, 300)
err(c.__setitem__, slice(0, 6, 2), b"toolong")
err(c.__setitem__, 100, 1)
err(c.__delitem__, 100)
err(c.extend, 5)
err(c.extend, [1, 300])
err(c.insert, 0, b"a")
err(bytearray, "no encoding")
err(bytearray.fromhex, "g0")
d = bytearray(b"abc")
d[1:2] = d
print(d)
d[::-1] = d
print(d)
d[:0] = b"<"
d[len(d):] = bytearray(b">")
print(d, d.find(b"c"), d.count(b"a"), d.replace(b"a", b"A"), d.split(b"b"), d.strip(b"<>"), d.hex(), d.decode(), d.startswith(b"<"))
e = bytearray(b"xyz")
e[0:1] = 3 * [0x41]
e[-1:] = memoryview(b"!!")
print(e, e.isalpha(), e.lower(), e.title(), bytes(e), list(e), e.zfill(10), e.center(9, b"."), e == b"AAAyz!!"[:0])
print(bytearray.__mro__, type(e).__name__, e.__alloc__() >= len(e), hash(bytes(e)) == hash(bytes(e)))
err(hash, e)
