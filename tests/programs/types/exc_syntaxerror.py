# SyntaxError, IndentationError and TabError from compile(): msg/lineno/offset/text/end_lineno/
# end_offset/filename, str and args, and hand-built SyntaxErrors.
sources = ["x = (1, 2", "def f(:\n    pass", "if True:\npass", "  x = 1", "x = 1 +", "return 5", "a b", "f(**x, *y)",
           "x = 'unterminated", "del f()", "for x in range(3):\n\tif x:\n        pass", "1 = x", "lambda: (yield)",
           "print 'hi'", "x := 5", "class C:\n    def f(self):\n  pass", "nonlocal x", "import *", "[x for x in 1 2]"]
for src in sources:
    try:
        compile(src, "<prog>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.filename)
        print("  str:", e)
e = SyntaxError("bad thing", ("file.py", 3, 5, "the text\n", 3, 8))
print(e, e.args, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(SyntaxError("only msg"), SyntaxError(), SyntaxError("m", ("f", None, None, None)), repr(SyntaxError("m")))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    exec("def f():\n    x = 1\n     y = 2\n")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("\x00", "nul", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
