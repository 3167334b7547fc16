# A program that does not compile: CPython prints the SyntaxError with a caret, runs nothing.
print("this line is never executed")

def broken(:
    pass
