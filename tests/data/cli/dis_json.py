# args: dis --json
def f(x):
    try:
        return x + 1
    except ValueError:
        return 0
