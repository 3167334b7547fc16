# A line continuation at the end of the file inside a bracket is "'(' was never closed" once the
# parser reads past the last token; a SyntaxError's text holds the lines joined by backslashes.
for c in ['"\\\n"(1 for c in I,\\\n\\', '(1 for c in I,\\\n\\', '(1,\\\n\\', '(1,\n\\', 'x = (1,\\\n\\\n', '(1,\\\n', 'x = 1 +\\', '1 +\\\n\\'] + ['1 +\\\n\\', 'x = 1 + \\\n $', 'x = 1 + \\\n 2 3', 'x = \\\n  1 + \\\n 2 3\n', 'a = 1\nx = 1 + \\\n (\n', 'x = "a" \\\n "b" 3', 'def f(\\\n): a b']:
    try:
        compile(c, '<s>', 'exec')
        print(repr(c), 'OK')
    except SyntaxError as e:
        print(repr(c), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
