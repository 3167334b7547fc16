# input() waiting on a pipe: Ctrl-C raises KeyboardInterrupt at once (not EOFError later).
print("ready", flush=True)
try:
    input()
except KeyboardInterrupt:
    print("KeyboardInterrupt in input()", flush=True)
    raise
