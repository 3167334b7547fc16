# bytes patterns over bytes, bytearray and memoryview subjects
import re

p = re.compile(rb"(\w+)=(\d+)")
for subj in (b"a=1 bb=22", bytearray(b"a=1 bb=22"), memoryview(b"a=1 bb=22")):
    m = p.search(subj)
    print(type(subj).__name__, m.group(), m.groups(), type(m.group()).__name__, m.string is subj)
    print(p.findall(subj), p.sub(lambda m: m[2] + b"=" + m[1], subj), p.split(subj))
    if not isinstance(subj, memoryview):
        print(p.sub(rb"\2=\1", subj), p.subn(b"-", subj))
print(p)
print(re.compile(b"a\xff"), re.compile(b"\\d"))
print(re.match(b".", b"\xff"), re.match(rb"\xff", b"\xff"))
print(re.findall(rb"(?i)[a-z]", b"aB\xc9\xe9"))
print(re.findall(rb"\s", b"\t\n\x0b\x0c\r \x1c\x85\xa0"))
print(re.findall(rb"[\x80-\xff]", b"a\x80\xfeb"))
print(re.escape(b"a.b*c\x00"), re.escape("a.b*c é"))
print(re.sub(rb"x", b"\\\\", b"axb"))
print(re.match(b"", b"").span(), re.fullmatch(rb"a*", bytearray()))
for f in (lambda: re.match(b"a", "a"), lambda: re.match("a", b"a"),
          lambda: re.match("a", memoryview(b"a")), lambda: re.compile(b"a").sub("x", b"a"),
          lambda: re.match(b"a", 1), lambda: re.compile(1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
m = re.match(rb"(a)(b)?", b"ac")
print(m, m.groups(), m.groups(b"-"), m.span(2))
