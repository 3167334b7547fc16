# sys.displayhook / sys.__displayhook__: repr of the value and a newline on sys.stdout,
# builtins._ set (None neither printed nor stored), argument checks; a replaced hook is what
# the REPL's PRINT_EXPR calls (checked by compiling in 'single' mode).
import sys, builtins
print(sys.displayhook is sys.__displayhook__, sys.displayhook, type(sys.displayhook).__name__)
try:
    sys.displayhook()
except TypeError as e:
    print(e)
print(hasattr(builtins, "_"))
sys.displayhook(None)
print(hasattr(builtins, "_"))
sys.displayhook(5)
print(builtins._)
sys.displayhook("x")
print(builtins._)
sys.displayhook([1, "two"])
print(builtins._)
exec(compile("6 * 7", "<single>", "single"))
print(builtins._)
exec(compile("None", "<single>", "single"))
print(builtins._)
def hook(v):
    print("hook got", repr(v))
sys.displayhook = hook
exec(compile("'via hook'", "<single>", "single"))
exec(compile("1; 2", "<single>", "single"))
print(builtins._)
class Bad:
    def __repr__(self):
        raise ValueError("bad repr")
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook(Bad())
except ValueError as e:
    print("ValueError", e, builtins._)
del sys.displayhook
try:
    exec(compile("3", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
