# raise SystemExit with None and with a non-int, non-str object.
import sys
try:
    raise SystemExit(None)
except SystemExit as e:
    print("None code:", e.code)
try:
    sys.exit(True)
except SystemExit as e:
    print("bool code:", e.code)
print("exiting with a list")
sys.exit([1, "two"])
