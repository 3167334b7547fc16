# input() with no stdin data (no .in file): the prompt is written, then EOFError; the program
# continues after catching it, then an uncaught EOFError ends it with a traceback.
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print("still running")
value = input()
print("never", value)
