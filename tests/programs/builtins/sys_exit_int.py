# sys.exit(n) with an int: the process exit code is n; finally blocks and output before it still
# run; code after it does not. SystemExit is caught once and inspected first.
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught", type(e).__name__, e.code, e.args, repr(e), str(e))
try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler", type(e).__name__)
def leave():
    try:
        print("about to exit with 3")
        sys.exit(3)
    finally:
        print("finally runs before exit")
leave()
print("never printed")
