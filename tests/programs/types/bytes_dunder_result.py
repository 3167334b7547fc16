# __bytes__ results are checked the same way by bytes(), int.from_bytes() and %b.
class Good:
    def __bytes__(self):
        return b"\x01\x02"

class Bad:
    def __bytes__(self):
        return "not bytes"

class Sub(bytes):
    pass

class SubResult:
    def __bytes__(self):
        return Sub(b"\x03")

print(bytes(Good()), int.from_bytes(Good(), "big"), b"[%b]" % Good())
print(bytes(SubResult()), type(bytes(SubResult())).__name__, b"[%b]" % SubResult())
print(int.from_bytes(SubResult(), "little"))
for f in (bytes, lambda x: int.from_bytes(x, "big"), lambda x: b"%b" % x, lambda x: b"%s" % x):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError:", e)
