# match: literal patterns, capture and wildcard patterns, value patterns with dotted names.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True"
        case None:
            return "None"
        case "a" "b":
            return "concatenated 'ab'"
        case -2 + 3j:
            return "complex literal"
        case other:
            return f"something else: {other!r}"

for v in [0, 1, 3, -1, 1.5, 2j, "hello", b"bytes", True, None, "ab", -2 + 3j, 4, "x", [], 1.0, 0.0, False]:
    print(repr(v), "->", describe(v))

# True/False/None match by identity, numbers by equality
print(describe(1.0), describe(True), describe(0.0), describe(False))

class Color:
    RED = "red"
    GREEN = "green"

def color_name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN:
            return "it's green"
        case _:
            return "unknown color"
print(color_name("red"), color_name("green"), color_name("blue"))

# the capture binds even when a later part fails; wildcard never binds
def capture(x):
    match x:
        case y:
            pass
    return y
print(capture(42))
match 5:
    case _:
        print("wildcard matched", "_" in globals())

# no case matches: nothing happens
match "nothing":
    case "something":
        print("no")
print("after non-matching match")

# match is a soft keyword
match = "still usable as a name"
case = [match]
print(match, case)
match case:
    case [m]:
        print("soft keywords:", m)
