# {**x} needs a mapping (keys()), not pairs; a repeated non-str ** key names it by str().
# An AttributeError from the mapping's keys() reads as 'not a mapping', other errors pass.
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
class KeysTypeError:
    def keys(self):
        raise TypeError("bad keys")
class ItemTypeError:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        raise TypeError("bad item")
class KeysAttributeError:
    def keys(self):
        raise AttributeError("inner")
class KeysNotCallable:
    keys = 5
for m in [KeysTypeError(), ItemTypeError(), KeysAttributeError(), KeysNotCallable()]:
    try:
        print({**m})
    except (TypeError, AttributeError) as e:
        print(type(m).__name__, type(e).__name__, e)
