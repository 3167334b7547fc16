match x:
    case {'k': v, 1: w, **rest}:
        pass
    case {}:
        pass
    case Point(0, y=1):
        pass
    case a.b.C(x, y, z=3):
        pass
    case Color.RED:
        pass
