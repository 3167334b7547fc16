# args: ast
def f(:
    pass
