def handle(command):
    match command:
        case ["go", direction]:
            return direction
        case ["drop", *objects]:
            return objects
        case {"key": value, **rest}:
            return value, rest
        case Point(x=0, y=yy) as point:
            return yy, point
        case Color.RED | Color.GREEN:
            return None
        case [first, *_] if first > LIMIT:
            return first
        case str() | bytes():
            return command
        case None | True:
            return 0
        case _:
            return fallback
