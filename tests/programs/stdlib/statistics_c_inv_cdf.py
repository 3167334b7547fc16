# _statistics._normal_dist_inv_cdf (the C accelerator statistics.NormalDist uses)
import math
import statistics
import _statistics

f = _statistics._normal_dist_inv_cdf
print(statistics._normal_dist_inv_cdf is f, f.__module__)
for p in [0.5, 0.025, 0.975, 1e-10, 1 - 1e-10, 0.3, 0.9, 1e-300, 5e-324, 0.425, 0.075]:
    print(p, f(p, 0.0, 1.0), f(p, 100, 15))
print(math.isnan(f(float("nan"), 0.0, 1.0)))
for a in [(0.0, 0, 1), (1.0, 0, 1), (-1, 0, 1), (0.5, 0, 0), (0.5, 0, -1)]:
    try:
        f(*a)
    except ValueError as e:
        print(a, e)
for a in [(), (0.5, 0), (0.5, 0, 1, 2)]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
try:
    f("x", 0, 1)
except TypeError as e:
    print(e)
n = statistics.NormalDist(10, 2)
print(n.inv_cdf(0.1), n.quantiles(4))
