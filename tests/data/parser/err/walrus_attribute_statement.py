# CPython: SyntaxError: cannot use assignment expressions with attribute (line 3)
def setUp(cls):
    cls.tk := Tk()
