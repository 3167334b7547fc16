# list.index / tuple.index: start and stop clamp like slice bounds, even past ssize_t
import sys
for seq in ([0, 1, 0, 1, 0], (0, 1, 0, 1, 0)):
    print(seq.index(0, 1), seq.index(0, 3), seq.index(1, -2), seq.index(0, -4 * sys.maxsize, 4 * sys.maxsize))
    for args in [(0, 5), (1, 2, 3), (0, 4 * sys.maxsize)]:
        try:
            print(seq.index(*args))
        except ValueError as e:
            print("ValueError", e)
    try:
        seq.index(0, "a")
    except TypeError as e:
        print("TypeError", e)
