# except* in nested try statements, in loops and functions, with finally; leftovers propagating outward.
def raise_group(*excs):
    raise ExceptionGroup("batch", list(excs))

def inner():
    try:
        raise_group(ValueError("v1"), KeyError("k1"), OSError("o1"))
    except* ValueError as eg:
        print("  inner handled", [str(e) for e in eg.exceptions])
    finally:
        print("  inner finally")

def middle():
    try:
        inner()
    except* KeyError as eg:
        print("  middle handled", [repr(e) for e in eg.exceptions])

try:
    middle()
except* OSError as eg:
    print("outer handled", [str(e) for e in eg.exceptions], "group message:", eg.message)

# except* in a loop with continue/break is not allowed, but a helper function works
def handle_each(groups):
    results = []
    for g in groups:
        try:
            raise g
        except* TypeError:
            results.append("type")
        except* ValueError:
            results.append("value")
    return results
print(handle_each([ExceptionGroup("a", [TypeError()]), ExceptionGroup("b", [ValueError(), TypeError()]), ValueError()]))

# return inside except* is a SyntaxError; checked through compile
for src in ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "try:\n    pass\nexcept*:\n    pass\n"]:
    try:
        compile(src, "<star>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# the handler sees a fresh group, the original keeps all its exceptions
original = ExceptionGroup("orig", [ValueError(1), ValueError(2), TypeError(3)])
try:
    try:
        raise original
    except* ValueError as eg:
        print("handler group is original:", eg is original, len(eg.exceptions), len(original.exceptions))
except ExceptionGroup as rest:
    print("rest:", repr(rest), rest.__context__ is None)

# an exception raised inside except* and unhandled parts combine
try:
    try:
        raise ExceptionGroup("mix", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as eg:
    print(type(eg).__name__, repr(eg.message), [type(e).__name__ for e in eg.exceptions])
    print("  nested:", [[type(x).__name__ for x in e.exceptions] if isinstance(e, ExceptionGroup) else repr(e) for e in eg.exceptions])

# sys.exc_info inside except* sees the matched group
import sys
try:
    raise ExceptionGroup("info", [KeyError("x")])
except* KeyError:
    t, v, _ = sys.exc_info()
    print(t.__name__, repr(v))
