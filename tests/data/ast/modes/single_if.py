if a:
  pass
