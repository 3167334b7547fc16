# frame.clear(): a finished frame's locals are dropped; a running frame refuses.
import sys, traceback

def f():
    x = [1, 2, 3]
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

e = f()
fr = e.__traceback__.tb_frame
print(fr.clear())
try:
    sys._getframe().clear()
except RuntimeError as x:
    print("RuntimeError:", x)
traceback.clear_frames(e.__traceback__)
print("cleared")
