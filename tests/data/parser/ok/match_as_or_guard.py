match command.split():
    case [action] if action:
        pass
    case [('go' | 'move') as verb, direction]:
        pass
    case _:
        pass
    case x:
        pass
