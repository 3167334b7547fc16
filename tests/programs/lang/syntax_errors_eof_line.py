# A parser error at the end of the file is on its last line, blank and comment lines included.
for mode in ['exec']:
  for c in ['try:\n    pass\n\n', 'try:\n    pass\n\n\n', 'try:\n    pass\n  \n', 'try:\n    pass\n# c\n', 'try:\n    pass\n\n# c', 'try:\n    pass', 'try:\n    pass\n   ', 'if 1:\n  pass\nelse', 'x = (1,\n\n', 'class A:\n  def f(self):\n    try:\n      pass\n\n','x = 1 +\n\n']:
    try:
        compile(c, '<stdin>', mode)
        print(mode, repr(c), 'OK')
    except SyntaxError as e:
        print(mode, repr(c), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
