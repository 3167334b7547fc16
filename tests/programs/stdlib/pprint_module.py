# pprint: pformat of nested containers, width, depth, sort_dicts, recursion
import pprint

data = {"numbers": list(range(30)), "nested": {"a": [1, {"b": (2, 3)}], "z": "x" * 50},
        "set": {3, 1, 2}, "t": ()}
pprint.pprint(data)
print(pprint.pformat(data, width=40, depth=2))
print(pprint.pformat(data, sort_dicts=False, compact=True))
l = [1, 2]
l.append(l)
print(pprint.pformat(l).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(l), pprint.isreadable([1, "a"]))
print(pprint.saferepr({"a": [1] * 3}))
pprint.pp([{"k": "v" * 30, "k2": "w" * 30}], width=50)
