# An error on a later line of an f-string field's expression, in a source starting with a BOM:
# the columns are shifted by the '{' column counted without the BOM (CPython's tokenizer drops it).
sources = [
    b'\xef\xbb\xbfx = f"""{a +\n  (b c)}"""\n',
    b'\xef\xbb\xbfx = f"""{a +\n  b +}"""\n',
    b'\xef\xbb\xbfx = 1; y = f"""{\n  a b}"""\n',
    b'x = f"""{a +\n  (b c)}"""\n',
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
