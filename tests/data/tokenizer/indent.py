if a:
    b
    if c:
        d

        # comment at depth 2
# comment at column 0
    e
f
class C:
  def m(self):
      pass
  x = 1
