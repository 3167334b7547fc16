match p:
    case [a, *_]:
        pass

match = 1
try:
    pass

x = (

1)
