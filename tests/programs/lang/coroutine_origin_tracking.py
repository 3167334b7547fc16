# sys.set_coroutine_origin_tracking_depth: cr_origin records the creating frames
# (filename, line, function), innermost first, and the never-awaited warning shows them.
import os
import sys
import warnings


async def corofn():
    pass


def short(origin):
    if origin is None:
        return None
    return [(os.path.basename(f), line, name) for f, line, name in origin]


print(sys.get_coroutine_origin_tracking_depth())
c = corofn()
print(c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(1)
print(sys.get_coroutine_origin_tracking_depth())
c = corofn()
print(short(c.cr_origin))
c.close()


def nested():
    return corofn()


def outer():
    return nested()


sys.set_coroutine_origin_tracking_depth(2)
c = outer()
print(short(c.cr_origin))
c.close()

sys.set_coroutine_origin_tracking_depth(depth=1000)
c = outer()
print(short(c.cr_origin))
c.close()

try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError", e)
print(sys.get_coroutine_origin_tracking_depth())

sys.set_coroutine_origin_tracking_depth(2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    outer()
for x in w:
    print(str(x.message).replace(os.path.dirname(__file__), "DIR"))
sys.set_coroutine_origin_tracking_depth(0)
