import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec1")
    warnings.warn(DeprecationWarning("dep"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per line", RuntimeWarning)
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("user")
    warnings.warn("rt", RuntimeWarning)
    print([str(x.message) for x in w])
try:
    warnings.warn("x", 5)
except TypeError as e:
    print(e)
