def describe(command):
    match command.split():
        case ["go", direction] if direction in ("north", "south"):
            return direction
        case ["take", *items]:
            return items
        case {"x": 0, **rest}:
            return rest
        case Point(x=0, y=y) | (0, y):
            return y
        case 1 | 2.5 | -3 | 1 + 2j | "s" | b"b" | None | True:
            return "literal"
        case _:
            return None
