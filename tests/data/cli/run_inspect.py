# args: -i
# With -i the program runs, its uncaught exception (SystemExit too) is reported, then the
# REPL starts in its namespace: here stdin is empty, so it ends at once.
x = 6 * 7
print(x)
raise SystemExit(3)
