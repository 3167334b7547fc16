# input() and sys.stdin: reading lines from the program's stdin (tests/programs/lang/stdin_input.in).
import sys

name = input()
print(f"name: {name!r}")
age = int(input("prompt goes to stdout: "))
print(f"age next year: {age + 1}")
line = sys.stdin.readline()
print("readline keeps the newline:", repr(line))
numbers = [int(x) for x in sys.stdin.readline().split()]
print("sum:", sum(numbers), "max:", max(numbers))
rest = sys.stdin.read()
print("rest of stdin:", repr(rest))
print("lines in rest:", rest.splitlines())
print("read at EOF:", repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
