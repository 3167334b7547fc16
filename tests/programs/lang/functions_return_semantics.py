# return: implicit None, multiple values as tuples, early returns, return in loops/try, functions as values.
def implicit():
    pass
def bare():
    return
def explicit_none():
    return None
print(implicit(), bare(), explicit_none())

def multiple():
    return 1, "two", [3]
r = multiple()
a, b, c = multiple()
print(r, type(r).__name__, a, b, c)

def starred_return():
    rest = [2, 3]
    return 1, *rest
print(starred_return())

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return f"stopped at {i}"
    return "loop finished"
print(early(-1), early(10), early(0))

def returns_function(kind):
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}[kind]
print(returns_function("add")(2, 3), returns_function("mul")(2, 3))

def returns_class():
    class Made:
        def __repr__(self):
            return "Made()"
    return Made
print(returns_class()(), returns_class() is returns_class())

def conditional_definition(flag):
    if flag:
        def f():
            return "first definition"
    else:
        def f():
            return "second definition"
    return f()
print(conditional_definition(True), conditional_definition(False))

def redefined():
    return 1
first = redefined
def redefined():
    return 2
print(first(), redefined(), first is redefined)

def return_in_with():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("  __exit__ before the caller gets the value")
    with CM():
        return "from with"
print(return_in_with())

def return_lambda_list():
    return [lambda: i for i in range(3)]
print([f() for f in return_lambda_list()])

def generator_return():
    yield 1
    return 2
print(list(generator_return()))

def none_vs_falsy(x):
    return x or None
print(none_vs_falsy(0), none_vs_falsy(""), none_vs_falsy("x"))

def deep_return(data):
    for row in data:
        for x in row:
            if x == "target":
                return (data.index(row), row.index(x))
print(deep_return([["a"], ["b", "target"]]), deep_return([]))
print(type(print("print returns None")).__name__)
