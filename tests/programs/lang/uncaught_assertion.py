# An uncaught AssertionError with a message, raised in a nested helper inside a loop.
def check_sorted(values):
    for a, b in zip(values, values[1:]):
        assert a <= b, f"{a} > {b} in {values}"
    return True

for data in ([1, 2, 3], [], [5, 4]):
    print("checking", data)
    print(check_sorted(data))
