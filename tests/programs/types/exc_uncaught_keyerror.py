# Uncaught built-in errors whose message formatting is special: KeyError's repr of the key,
# and an AttributeError with a "Did you mean" suggestion (3.11 prints it in the traceback).
class Config:
    def __init__(self):
        self.timeout = 30

c = Config()
print(c.timeout)
try:
    c.timeot
except AttributeError as e:
    print(type(e).__name__, e)
d = {"key with 'quote'": 1, ("tuple", 1): 2}
print(d[("tuple", 1)])
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(d[("tuple", 2)])
