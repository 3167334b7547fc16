# int <-> str conversion limit (3.11's sys.set_int_max_str_digits, default 4300): str(), repr(),
# int(str), f-strings and %d hit it; hex/bin/oct and power-of-two bases do not.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 4299
print(len(str(big)), len(repr(big)))
huge = 10 ** 4300
for f in (lambda: str(huge), lambda: repr(huge), lambda: "%d" % huge, lambda: f"{huge}", lambda: format(huge, ","), lambda: int("1" * 4301)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
print(len(hex(huge)), len(bin(huge)), len(oct(huge)), int("f" * 5000, 16) > 0, len(format(huge, "x")))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(huge)), int("9" * 4999) % 10)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 639)), int("7" * 640) % 9)
try:
    int("7" * 641)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
