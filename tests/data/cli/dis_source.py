# args: dis --source
def f(x):
    if x:  # a comment
        return x * 2
    return 0
