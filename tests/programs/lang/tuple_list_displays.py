# Displays: tuples, lists, sets and dicts with trailing commas, nesting, starred items, evaluation order.
print((), (1,), (1, 2), 1, (1), ((1,),), ((),))
print([], [1], [1,], [[]], [[], []], [1, [2, [3, [4]]]])
print({1}, {1, 2, 2, 3} == {3, 2, 1}, set(), {()}, {(1, 2): "tuple key"})
print({}, {"a": 1,}, {1: {2: {3: {}}}}, {"k": [1, {"n": (2,)}]})
x = 1, 2, 3
y = 1,
z = ()
print(x, y, z, type(y).__name__, len(z))
print([*x, *y], (*x,), {*x}, {**{"a": 1}, "b": 2})
order = []
def item(v):
    order.append(v)
    return v
result = [item(1), item(2), {item(3): item(4)}, (item(5), item(6))]
print(result, order)
order.clear()
d = {item("k1"): item("v1"), item("k2"): item("v2")}
print(order)
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 9
print(nested)
aliased = [[0] * 3] * 2
aliased[0][0] = 9
print(aliased)
print([1, 2] + [3], (1,) + (2,), [0] * 3, (0,) * 2, 2 * [None])
print(len([1, 2, 3,]), [1, 2, 3][-1], (1, 2, 3)[0], {"a": 1}["a"])
print(type(()).__name__, type([]).__name__, type({}).__name__, type({1}).__name__)
try:
    {[1]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
big = [i for i in range(1000)]
print(len(big), big[-1], sum(big))
print([(a, b) for a, b in [(1, 2), (3, 4)]], [[a] for a in "ab"])
print(tuple([1, 2]), list((1, 2)), list("abc"), tuple("ab"), set("aab") == {"a", "b"}, dict([(1, 2)]))
