# dir() of a traceback lists its four fields only (tb_dir); tb_frame/tb_lasti are read-only
# members, tb_lineno a read-only getset, tb_next assignable.
import sys

try:
    raise IndexError
except IndexError as e:
    tb = e.__traceback__
print(dir(tb), len(dir(tb)))
T = type(tb)
for name in ("tb_frame", "tb_lasti", "tb_lineno", "tb_next"):
    print(name, type(T.__dict__[name]).__name__)
for name in ("tb_frame", "tb_lasti", "tb_lineno"):
    try:
        setattr(tb, name, None)
    except AttributeError as e:
        print(name, "AttributeError", e)
tb.tb_next = None
print(tb.tb_next, tb.tb_lineno > 0, tb.tb_frame is sys._getframe())
