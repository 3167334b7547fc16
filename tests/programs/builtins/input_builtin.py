# input(): reads lines from stdin (see input_builtin.in), strips the newline, writes the prompt
# to stdout, handles an empty line, and raises EOFError at end of input.
name = input("Name? ")
print("Hello,", name)
age = int(input())
print("Next year:", age + 1)
line = input("")
print(repr(line))
numbers = [int(x) for x in input("numbers: ").split()]
print(sum(numbers), max(numbers))
print(repr(input()))
print(repr(input("unicode> ")))
count = 0
while True:
    try:
        rest = input()
    except EOFError as e:
        print("EOF after", count, "more lines", repr(str(e)))
        break
    count += 1
    print("line", count, rest.upper())
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
