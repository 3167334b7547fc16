# An uncaught error raised inside a comprehension, a lambda and a generator: frames in the traceback.
def parse_all(items):
    return [int(s) for s in items]

convert = lambda values: parse_all(values)

def numbers():
    yield from convert(["1", "2"])
    yield from convert(["3", "four"])

total = 0
for n in numbers():
    total += n
    print("running total", total)
print("never printed")
