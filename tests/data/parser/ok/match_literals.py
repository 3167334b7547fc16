match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3 + 4j:
        pass
    case 'a' 'b':
        pass
    case None | True | False:
        pass
