# Without sys.excepthook an uncaught exception is still reported, after
# "sys.excepthook is missing".
import sys
del sys.excepthook
print(hasattr(sys, "excepthook"), sys.__excepthook__.__name__)
raise ValueError("no hook")
