match x:
    case []:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case (a):
        pass
    case a, *_:
        pass
    case ():
        pass
