# bin(), oct(), hex(): signs, zero, big ints, bool, __index__ objects, and errors for float/str;
# round trips through int(s, 0).
for n in (0, 1, -1, 7, -8, 255, 256, -256, 2 ** 32, 2 ** 64 - 1, -(2 ** 100), 10 ** 20, True, False):
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0) == n, int(oct(n), 0) == n, int(hex(n), 0) == n)
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
class BadIdx:
    def __index__(self):
        return "nope"
for f in (bin, oct, hex):
    for bad in (1.5, "10", None, BadIdx(), [1]):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(hex(0xDEADBEEF), hex(-0xff), bin(2 ** 70)[:10], len(bin(2 ** 70)), oct(8 ** 10), hex(16 ** 15))
print(format(255, "x"), format(255, "#x"), f"{255:#010b}", "%x %o %X %#o" % (255, 8, 255, 8), (255).to_bytes(1, "big").hex())
print(bin(-0), hex(-1), oct(-7), bin(int("-101", 2)), hex(int("-ff", 16)))
