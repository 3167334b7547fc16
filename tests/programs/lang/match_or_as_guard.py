# match: or-patterns, as-patterns, guards, evaluation order and bindings after failure.
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_] if len(verb) > 6:
            return f"verb too long: {verb}"
        case _:
            return "unrecognised"

for c in ["go north", "go up", "pick up lamp", "take sword", "drop a b", "drop", "exit", "teleport me", "jump"]:
    print(f"{c!r:16} -> {classify(c)}")

# guards are evaluated only after the pattern matches, in order
log = []
def guard(name, result):
    log.append(name)
    return result
match (1, 2):
    case (1, x) if guard("first guard", x > 5):
        print("no")
    case (a, b) if guard("second guard", True):
        print("second case matched", a, b)
print(log)

# a failed guard leaves the names bound by the pattern
match 10:
    case n if n > 100:
        pass
    case _:
        print("n is bound anyway:", n)

# nested as-patterns and or-patterns with literals
match [3, [4, 5]]:
    case [int() as first, [_, _] as pair] as whole:
        print(first, pair, whole)

match 0:
    case 0 | 1 as small:
        print("small value", small)

match {"k": [1, 2]}:
    case {"k": [1, _] | [_, 1] as hit}:
        print("mapping value or-pattern", hit)

# a subject expression is evaluated once
def subject():
    log.append("subject evaluated")
    return 3
log.clear()
match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three", log)

# tuple subject without parentheses
x, y = 1, 0
match x, y:
    case 0, 0:
        print("origin")
    case _, 0:
        print("on the x axis")

# irrefutable patterns must come last (a compile-time SyntaxError)
for src in ["match x:\n case y:\n  pass\n case 1:\n  pass\n",
            "match x:\n case [a, a]:\n  pass\n",
            "match x:\n case 1 | y:\n  pass\n",
            "match x:\n case {'a': 1, 'a': 2}:\n  pass\n"]:
    try:
        compile(src, "<match>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
