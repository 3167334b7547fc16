# open() in binary mode: write bytes/bytearray/memoryview, read(n), readinto, seek whence 0/1/2,
# r+b update in place, truncate, the buffered reader/writer types, and text/bytes mixing errors.
# (No os: the file is left truncated at the end.)
path = "/tmp/taipan_programs_builtins_open_bytes.bin"
with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.name == path, f.write(b"\x00\x01\x02"), f.write(bytearray(b"abc")), f.write(memoryview(b"XYZ")), f.tell())
with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.read(2), f.tell(), f.read(), f.read(), f.tell())
with open(path, "rb") as f:
    print(f.seek(3), f.read(3), f.seek(-2, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(1))
with open(path, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf, f.readinto(buf), buf, f.readinto(buf))
with open(path, "r+b") as f:
    f.seek(3)
    f.write(b"ABC")
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.seek(0), f.read())
with open(path, "ab") as f:
    f.write(b"\n\xff\xfe")
with open(path, "rb") as f:
    print(f.readline(), f.readline(), f.readlines())
with open(path, "rb") as f:
    print(list(f))
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "wb") as f:
    f.write(bytes(range(256)))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:4], data[-4:], sum(data), data == bytes(range(256)))
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall()[:2])
try:
    open(path, "rb").seek(-1)
except (OSError, ValueError) as e:
    print(type(e).__name__, e)
with open(path, "wb") as f:
    pass
with open(path, "rb") as f:
    print(f.read(), f.read(10), f.readline())
