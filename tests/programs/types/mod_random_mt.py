import _random

r = _random.Random(42)
print(r.random(), r.getrandbits(70), r.getrandbits(5), r.getrandbits(0))
r.seed(2 ** 100 + 7); print(r.random())
r.seed(-5); print(r.random())
r.seed(0); print([r.getrandbits(8) for _ in range(5)])
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), len(s), s[-1])
class R(_random.Random):
    pass
print(R(3).random() == _random.Random(3).random())
for bad in (lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)), lambda: r.setstate(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
