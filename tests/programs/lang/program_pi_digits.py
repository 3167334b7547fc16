# Big-integer algorithms: pi by Machin's formula, e by series, Fibonacci by doubling, digit sums of huge powers.
def arctan_inv(x, digits):
    """arctan(1/x) scaled by 10**(digits + 10), with integer arithmetic only."""
    scale = 10 ** (digits + 10)
    term = scale // x
    total = term
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        n += 2
        total += sign * (term // n)
        sign = -sign
    return total

def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)

p = pi_digits(100)
print(p[0] + "." + p[1:])

def e_digits(digits):
    scale = 10 ** (digits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
e = e_digits(60)
print(e[0] + "." + e[1:])

def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
f1000 = fib_pair(1000)[0]
print(len(str(f1000)), str(f1000)[:20], f1000 % 1000000007)

big = 2 ** 1000
print(sum(int(d) for d in str(big)), len(str(big)), big.bit_length())
fact = 1
for i in range(2, 101):
    fact *= i
print(sum(map(int, str(fact))), len(str(fact)) - len(str(fact).rstrip("0")))
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(12345, -1, 1000003) * 12345 % 1000003)
n = 10 ** 50 + 151
print(n * n, divmod(n * n + 17, n), -n // 7, -n % 7)
print((1 << 200) - 1 == int("1" * 200, 2), hex(2 ** 127 - 1), int(hex(2 ** 127 - 1), 16) == 2 ** 127 - 1)
