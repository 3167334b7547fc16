# CPython: SyntaxError: '[' was never closed (line 3)
with patch():
    [h = open("bar")
    line1 = h.readline()
