# A JSON-like serializer and parser from scratch: recursion, match on types, string escapes, errors with positions.
def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = "," if indent is None else ","
    match obj:
        case None:
            return "null"
        case bool():
            return "true" if obj else "false"
        case int() | float():
            if obj != obj or obj in (float("inf"), float("-inf")):
                raise ValueError(f"cannot serialize {obj!r}")
            return repr(obj)
        case str():
            out = ['"']
            for ch in obj:
                match ch:
                    case '"': out.append('\\"')
                    case "\\": out.append("\\\\")
                    case "\n": out.append("\\n")
                    case "\t": out.append("\\t")
                    case _ if ord(ch) < 0x20 or ord(ch) > 0x7e:
                        out.append(f"\\u{ord(ch):04x}")
                    case _:
                        out.append(ch)
            out.append('"')
            return "".join(out)
        case list() | tuple():
            if not obj:
                return "[]"
            return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in obj) + end + "]"
        case dict():
            if not obj:
                return "{}"
            items = []
            for k, v in obj.items():
                if not isinstance(k, str):
                    raise TypeError(f"keys must be str, not {type(k).__name__}")
                items.append(pad + dumps(k) + ":" + ("" if indent is None else " ") + dumps(v, indent, level + 1))
            return "{" + sep.join(items) + end + "}"
        case _:
            raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

def loads(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise ParseError("unexpected end", pos)
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                key = value()
                if not isinstance(key, str):
                    raise ParseError("key must be a string", pos)
                skip()
                if text[pos] != ":":
                    raise ParseError("expected ':'", pos)
                pos += 1
                result[key] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return result
                else:
                    raise ParseError("expected ',' or '}'", pos)
        if ch == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]":
                    pos += 1
                    return result
                else:
                    raise ParseError("expected ',' or ']'", pos)
        if ch == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    esc = text[pos + 1]
                    if esc == "u":
                        out.append(chr(int(text[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[esc])
                    pos += 2
                else:
                    out.append(text[pos])
                    pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        if start == pos:
            raise ParseError(f"unexpected character {ch!r}", pos)
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    result = value()
    skip()
    if pos != len(text):
        raise ParseError("trailing data", pos)
    return result

doc = {"name": "taipan", "version": [0, 1], "ok": True, "none": None, "pi": 3.25,
       "text": 'quote " slash \\ newline \n tab \t caf\u00e9 \u2603', "nested": {"empty": [], "obj": {}}}
s = dumps(doc)
print(s)
print(dumps(doc, indent=2))
back = loads(s)
print(back == doc, back["text"] == doc["text"])
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "tru", '{"k": [1, {"x": }]}', "1 2", '{1: 2}']:
    try:
        print(loads(bad))
    except (ParseError, IndexError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
for bad in [{1: 2}, float("nan"), {"s": {1, 2}}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(loads(" [ -1.5e2 , 0, 12345678901234567890 ] "), dumps((1, "two", [3.0])))
