# sys.exit with a non-int, non-str object: its str() is printed to stderr and the code is 1;
# a list argument shows its repr.
import sys
print("before")
sys.exit(["error", 42])
