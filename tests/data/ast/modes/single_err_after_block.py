if a:
  pass
b