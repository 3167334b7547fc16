# {**x} needs a mapping (keys()), not pairs; a repeated non-str ** key names it by str().
for src in ["{**[]}", "{**[(1, 2)]}", "{'a': 1, **()}", "{**{1: 2}}"]:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, "TypeError", e)
def f(**kw):
    return kw
for args in [({1: 3}, {1: 5}), ({"a": 1}, {"a": 2}), ({(1, 2): 3}, {(1, 2): 4})]:
    try:
        f(**args[0], **args[1])
    except TypeError as e:
        print("TypeError", e)
