# CPython: (value error) invalid \x escape at position 0
x = b"\x4"
