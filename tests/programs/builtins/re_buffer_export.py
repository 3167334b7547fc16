# A bytearray being scanned (finditer/scanner) is exported: resizing it raises BufferError
import gc
import re

b = bytearray(b"xax")
it = re.finditer(b"a", b)
try:
    b.extend(b"y" * 10)
except BufferError as e:
    print("BufferError", e)
b[0] = ord("z")
print([m.span() for m in it])
del it
gc.collect()
b.extend(b"yy")
print(b)
s = re.compile(b"y+").scanner(memoryview(b))
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
print(s.search().span())
del s
gc.collect()
b.append(33)
print(b, re.sub(b"y", b"Y", b))
