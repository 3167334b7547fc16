# sys.exit(None) and exit codes from True/False: None exits 0 with nothing on stderr.
import sys
try:
    sys.exit(True)
except SystemExit as e:
    print("True code", e.code)
try:
    sys.exit(False)
except SystemExit as e:
    print("False code", e.code)
print("exiting with None")
sys.exit(None)
