# An f-string field's expression is compiled before what follows it (=, !conversion, :spec, the
# closing brace) is checked: its error comes first (fstring_find_expr).
for c in ['f"""{\n6\n0="""', 'f"{6 0=}"', 'f"{6 0="', 'f"{6 0!r"', 'f"{6 0:"', 'f"{6 0"', 'f"""{\n6\n0"""', 'f"{6 0!"', 'f"{a=!r"', 'f"{a!x"']:
    try:
        compile(c, '<s>', 'exec')
        print(repr(c), 'OK')
    except SyntaxError as e:
        print(repr(c), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
