# An uncaught exception after some output: the traceback goes to stderr with exit code 1,
# stdout is flushed first; the failing line is shown with its carets.
def parse(items):
    total = 0
    for item in items:
        total += int(item)
        print("running total", total)
    return total

print("start")
print(parse(["1", "2", "3"]))
data = {"a": [1, 2, 3]}
print(data["a"][1])
result = parse(["10", "20", "thirty", "40"])
print("never printed", result)
