# Built-in iterators pickle and copy mid-way (their __reduce__/__setstate__), for every
# protocol; exhausted iterators stay exhausted; builtin functions and ranges pickle.
import pickle, copy, array

class Seq:
    def __getitem__(self, i):
        if i < 5:
            return i * 10
        raise IndexError

def cases():
    yield "list", lambda: iter([1, 2, 3, 4])
    yield "list_rev", lambda: reversed([1, 2, 3, 4])
    yield "tuple", lambda: iter((1, 2, 3, 4))
    yield "range", lambda: iter(range(3, 30, 4))
    yield "range_rev", lambda: reversed(range(3, 30, 4))
    yield "longrange", lambda: iter(range(2**64, 2**64 + 5))
    yield "longrange_rev", lambda: reversed(range(-2**63, -2**63 + 10, 3))
    yield "dict_keys", lambda: iter({"a": 1, "b": 2, "c": 3})
    yield "dict_values", lambda: iter({"a": 1, "b": 2, "c": 3}.values())
    yield "dict_items", lambda: iter({"a": 1, "b": 2, "c": 3}.items())
    yield "dict_rev", lambda: reversed({"a": 1, "b": 2, "c": 3})
    yield "set", lambda: iter({5})
    yield "seqiter", lambda: iter(Seq())
    yield "enumerate", lambda: enumerate(["a", "b", "c", "d"], 7)
    yield "zip", lambda: zip(["a", "b", "c", "d"], range(4))
    yield "map", lambda: map(abs, [-1, -2, -3])
    yield "filter", lambda: filter(None, [0, 1, 0, 2, 3])
    yield "reversed", lambda: reversed(Seq2())

class Seq2:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return "wxyz"[i]

for name, make in cases():
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        first = next(it)
        it2 = pickle.loads(pickle.dumps(it, proto))
        rest1 = list(it)
        rest2 = list(it2)
        assert rest1 == rest2, (name, proto, rest1, rest2)
        if not name.startswith(("dict", "set")):
            assert type(it) is type(it2), (name, type(it), type(it2))
        done = pickle.loads(pickle.dumps(it, proto))
        assert list(done) == [], (name, proto)
    it = make()
    next(it)
    print(name, first, list(copy.copy(it)) == list(it))

it = iter([1, 2, 3])
list(it)
print(it.__reduce__())
it = iter((1, 2))
it.__setstate__(1)
print(list(it))
r = reversed([1, 2, 3])
r.__setstate__(10)
print(list(r))
l = [1]
it = iter(l)
print(list(it))
l.append(2)
print(list(it), "exhausted stays exhausted")
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps([5].append)).__self__)
print(range(1, 10, 2).__reduce__(), pickle.loads(pickle.dumps(range(2**70))))
print(zip([1], [2], strict=True).__reduce__()[2])
a = array.array("h", [1, -2, 3])
print(array._array_reconstructor(array.array, "h", 5, b"\x00\x01\xff\xfe"))
print(array._array_reconstructor(array.array, "d", 17, b"\x3f\xf0" + bytes(6)))
print(array._array_reconstructor(array.array, "b", 10, bytes(range(8))))
try:
    array._array_reconstructor(array.array, "h", 99, b"")
except ValueError as e:
    print(e)
print(pickle.loads(pickle.dumps(a, 4)))
try:
    iter([]).__setstate__("x")
except TypeError as e:
    print(e)
