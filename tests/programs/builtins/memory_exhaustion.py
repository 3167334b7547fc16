# Allocations larger than any machine raise MemoryError (never an abort or a process filled
# until it is killed).
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except MemoryError as e:
        print(label, "MemoryError", repr(e))
    except OverflowError as e:
        print(label, "OverflowError", e)


N = 10**13
attempt("str repeat", lambda: "x" * N)
attempt("str repeat 2**62", lambda: "x" * 2**62)
attempt("bytes repeat", lambda: b"x" * N)
attempt("list repeat", lambda: [0] * N)
attempt("tuple repeat", lambda: (0,) * N)
attempt("bytearray(n)", lambda: bytearray(N))
attempt("bytes(n)", lambda: bytes(N))
attempt("str.ljust", lambda: "x".ljust(N))
attempt("str.zfill", lambda: "1".zfill(N))
attempt("bytes.center", lambda: b"x".center(N))
attempt("str repeat 2**63", lambda: "x" * 2**63)
attempt("list(range(n))", lambda: list(range(N)))
attempt("tuple(range(n))", lambda: tuple(range(N)))
attempt("format width", lambda: format(1, str(N)))
attempt("format str width", lambda: format("x", ">" + str(N)))
attempt("str.format width", lambda: ("{:%d}" % N).format(2.5))
print("still running", len("x" * 10))
