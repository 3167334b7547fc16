# int <-> text round trips over pseudo-random big ints (a fixed LCG): str/int, hex/int(,16),
# bin/int(,2), oct/int(,8), to_bytes/from_bytes, and arithmetic identities (divmod, pow, gcd by hand).
state = 12345
def rand(bits):
    global state
    out = 0
    for _ in range(0, bits, 31):
        state = (state * 1103515245 + 12345) % 2 ** 31
        out = (out << 31) | state
    return out >> (-bits % 31) if bits % 31 else out
ok = 0
for i in range(300):
    bits = 1 + i * 7 % 400
    n = rand(bits) * (-1 if i % 3 == 0 else 1)
    assert int(str(n)) == n
    assert int(hex(n), 16) == n and int(bin(n), 2) == n and int(oct(n), 8) == n and int(hex(n), 0) == n
    length = (n.bit_length() + 8) // 8
    assert int.from_bytes(n.to_bytes(length, "big", signed=True), "big", signed=True) == n
    d = rand(1 + i % 130) + 1
    q, r = divmod(n, d)
    assert q * d + r == n and 0 <= r < d
    q, r = divmod(n, -d)
    assert q * -d + r == n and -d < r <= 0
    ok += 1
print("checked", ok)
for i in range(12):
    n = rand(40 + 17 * i)
    print(len(str(n)), str(n)[:12], hex(n)[-8:], n % 1000003, n.bit_length(), n.bit_count())
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
a, b = rand(300), rand(200)
g = gcd(a, b)
print(g, a % g, b % g, gcd(a * 6, b * 6) == 6 * g, gcd(2 ** 100, 6 ** 50))
m = rand(100) | 1
x = rand(150)
print(pow(x, m - 1, m) == pow(x, m - 1) % m if m < 2 ** 20 else pow(x, 65537, m) == pow(x % m, 65537, m))
print(sum(int(c) for c in str(2 ** 1000)), str(3 ** 500)[-10:], (7 ** 300) % (10 ** 9 + 7), 2 ** 4000 // 3 ** 2000 > 0)
print(int("123456789" * 30) % 97, int("-" + "987654321" * 20) // 10 ** 170, int("1" * 200, 2) == 2 ** 200 - 1)
