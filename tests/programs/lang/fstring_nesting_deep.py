# Deeply nested f-strings (found by the fuzzer: 100,000 levels once took over 20 s to compile):
# CPython 3.11 reads f'{f'... as strings and braces and stops at 200 nested brackets.
n = 100000
for src in [
    "while " + "f'{" * n + "x" + "}'" * n + ":\n    pass\n",
    "x = " + "f'{" * n,
    "x = " + 'f"{' * n + "1" + '}"' * n,
    "x = " + "f'{" + "(" * n,
]:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text or ''))
