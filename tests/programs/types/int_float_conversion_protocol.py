# int(x) and float(x) as PyNumber_Long / PyNumber_Float: __int__/__index__/__trunc__ order,
# int subclasses returned (deprecated), float subclasses with __float__, error messages.
import warnings


def show(f):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            r = f()
            print(type(r).__name__, r, end="")
        except Exception as e:
            print(type(e).__name__, e, end="")
    for w in ws:
        print(" |", w.category.__name__, w.message, end="")
    print()


class MyInt(int):
    def __int__(self):
        return 42


class BadInt(int):
    def __int__(self):
        return 42.0


class IndexTrue:
    def __index__(self):
        return True


class IntTrue:
    def __int__(self):
        return True


class JustTrunc:
    def __trunc__(self):
        return 42


class TruncIndex:
    def __trunc__(self):
        return IndexTrue()


class TruncFloat:
    def __trunc__(self):
        return 4.5


class Flt(float):
    def __float__(self):
        return 42.0


class FltSub(float):
    pass


class RetSub:
    def __float__(self):
        return FltSub(2.5)


class StrF(str):
    def __float__(self):
        return 9.0


class WithInit(float):
    def __init__(self, x, extra=None):
        self.extra = extra


for f in [lambda: int(MyInt(7)), lambda: int(BadInt(7)), lambda: int(IndexTrue()),
          lambda: int(IntTrue()), lambda: int(JustTrunc()), lambda: int(TruncIndex()),
          lambda: int(TruncFloat()), lambda: float(Flt(1.0)), lambda: float(RetSub()),
          lambda: float(StrF("8")), lambda: WithInit(2.5, extra=3).extra, lambda: FltSub(x=1),
          lambda: int("123\ud800"), lambda: int("12\udfff", 16), lambda: float("1\ud800"),
          lambda: int("43", 2**100), lambda: int("43", -2**100), lambda: int("10", 37),
          lambda: int(memoryview(b"12"), 10), lambda: int(bytearray(b"12"), 16),
          lambda: int.from_bytes(0, "big"), lambda: int.from_bytes("ab", "big"),
          lambda: int.from_bytes([1, 2], "big")]:
    show(f)


class B:
    def __bytes__(self):
        return b"\x01\x00"


class S:
    def __bytes__(self):
        return "no"


show(lambda: int.from_bytes(B(), "little"))
show(lambda: int.from_bytes(S(), "little"))
