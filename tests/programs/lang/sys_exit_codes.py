# sys.exit with an integer: finally blocks run, SystemExit can be caught, then the real exit code.
import sys

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", repr(e), e.code)

try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code, e.args)

try:
    raise SystemExit(5, "extra")
except SystemExit as e:
    print("two arguments:", e.code, e.args)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

def deep():
    try:
        print("exiting with 3")
        sys.exit(3)
    finally:
        print("finally runs on the way out")

try:
    deep()
except Exception:
    print("not caught by except Exception")
finally:
    print("outer finally")
print("never printed")
