# sys.exit with a string: printed to stderr, exit code 1; stdout is flushed first.
import sys
print("about to exit")
print("to stderr first", file=sys.stderr)
sys.exit("fatal: configuration missing")
