# json: dumps/loads round trips, indent, sort_keys, separators, errors, custom encoders
import json

data = {"b": [1, 2.5, None, True, False], "a": "é\n\"q\"", "c": {"x": []}}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == data, json.loads('[1, 2.0, "\\u00e9", {"k": null}]'))
print(json.loads("1e400"), json.dumps(float("inf")), json.loads("-0.0"))
for bad in ("{", "[1,]", '{"a" 1}', "tru", ""):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1j: 1})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5]", parse_float=str), json.dumps("\u2028\ud800"))
