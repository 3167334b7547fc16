# An uncaught exception: the traceback through several frames, source lines, the 3.11
# carets (~ for operands, ^ for the operator or subscript) and the final line.
def inner(d, k):
    return d[k] + 1

def middle(x):
    y = x * 2
    return inner({'a': 1}, 'b') + y

def outer():
    return middle(3)

print("before")
outer()
