import decimal
from decimal import Decimal, localcontext, getcontext
import fractions
from fractions import Fraction
import statistics

print(Decimal("1.1") + Decimal("2.2"))
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(2).sqrt())
print(Decimal("3.14159").quantize(Decimal("0.01")))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1.0, 2.0, 3.0, 4.0]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]))
print(statistics.mode([1, 1, 2]), statistics.pvariance([1, 2, 3]))
