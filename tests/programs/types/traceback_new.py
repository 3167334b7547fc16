# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno); tb_next can't be deleted or
# make a loop.
import sys, types
def get_tb():
    try: raise OSError()
    except OSError as e: return e.__traceback__
other = get_tb()
frame = sys._getframe()
tb = types.TracebackType(other, frame, 4, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
for a in (("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2), (other, frame, 1, "x")):
    try: types.TracebackType(*a)
    except TypeError as e: print("TypeError", e)
try: del tb.tb_next
except TypeError as e: print("TypeError", e)
try: other.tb_next = tb
except ValueError as e: print("ValueError", e)
tb.tb_next = None; print(tb.tb_next)
