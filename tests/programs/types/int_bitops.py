# int: & | ^ ~ << >> with signs (two's complement semantics) and big values; errors.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

for a in (0, 1, 5, -5, 12, -12, 255, -256):
    print(a, a & 0xF, a | 0x10, a ^ 0xFF, ~a, a << 3, a >> 1, a >> 10)
print(-1 & 0xFFFFFFFF, -1 >> 100, -1 << 100, 1 << 100, (1 << 100) >> 99)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, bin(~0b1010))
print(-8 >> 1, -9 >> 1, -1 >> 1, 7 >> 0, 7 << 0, 0 << 1000, 0 >> 5)
print((2 ** 64 - 1) & -(2 ** 32), -(2 ** 64) | (2 ** 32 - 1), (2 ** 70) ^ -1)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(~True, ~False, True << 3, True >> 1)
err(lambda: 1 << -1)
err(lambda: 1 >> -1)
err(lambda: 1.0 << 1)
err(lambda: 1 & 1.0)
err(lambda: 1 | "a")
err(lambda: 1 << 10 ** 20)
print(1 >> 10 ** 20, -1 >> 10 ** 20, 0 << 10 ** 20)
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
print((5).bit_count(), (-5).bit_count(), (0).bit_count(), (2 ** 100 - 1).bit_count(), (255).bit_count())
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, hex(x), x.bit_count())
x &= ~(1 << 9)
print(hex(x), x >> 60, x & -x)
print(int.__and__(6, 3), int.__or__(6, 3), int.__xor__(6, 3), int.__lshift__(1, 5), int.__rshift__(64, 3))
print((6).__rand__(3), (6).__ror__(3), (6).__rxor__(3), (2).__rlshift__(1), (2).__rrshift__(64))
