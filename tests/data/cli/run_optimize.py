# args: -O
assert False, "stripped by -O"
print(__debug__)

def f():
    "a docstring, kept at -O"

print(f.__doc__)
