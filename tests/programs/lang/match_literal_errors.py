# SyntaxErrors of literal patterns: a complex literal needs a real left part and an
# imaginary right part; mapping keys equal by value (0 == 0j) are duplicates.
cases = [
    "case 0+0:",
    "case {0+0: _}:",
    "case 0j+0:",
    "case 0j+0j:",
    "case -0j+0j:",
    "case {0j+0: _}:",
    "case 1.5-2:",
    "case -1-1:",
    "case {0: _, 0j: _}:",
    "case {1: _, 1.0: _}:",
    "case {True: _, 1: _}:",
    "case -1-1j:",
    "case {0: _, 1j: _}:",
]
for c in cases:
    src = f"match x:\n    {c}\n        pass\n"
    try:
        compile(src, "<s>", "exec")
        print(c, "compiles")
    except SyntaxError as e:
        print(c, "->", e.msg, e.lineno, e.offset, e.end_offset)
