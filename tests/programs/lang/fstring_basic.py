# f-strings: expressions, conversions, self-documenting '=', nesting, escapes.
name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{'inner'}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{n=}", f"{n = }", f"{name=!s}", f"{pi=:.2f}", f"{n*2=}")
print(f"{{literal braces}}", f"{{{n}}}", f"{{}}")
items = [1, 2, 3]
d = {"key": "value"}
print(f"{items[0]} {items[-1]} {d['key']} {len(items)} {items[1:]}")
print(f"{'yes' if n > 40 else 'no'}", f"{(lambda x: x * 2)(n)}", f"{[i * i for i in items]}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}")
print(f"{pi:.3}|{pi:.3f}|{pi:10.2f}|{pi:e}|{pi:.2%}|{1234567.891:,.2f}|{1234567:_}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{name:{'*'}^{width}}")
print(f"{f'{n}'}", f"""{f'{f"{n}"}'}""", f"{'nested'}")
print(f"multi"
      f"part {n}"
      " plain")
print(F"capital F", rf"raw \n {n}", fr"raw too \t", f"tab\tnewline escaped\\n")
class Obj:
    def __format__(self, spec):
        return f"Obj({spec!r})"
    def __repr__(self):
        return "Obj-repr"
    def __str__(self):
        return "Obj-str"
o = Obj()
print(f"{o}", f"{o:spec}", f"{o!r}", f"{o!s}", f"{o!r:>10}", f"{o=}")
print(f"{3.0}", f"{1e20}", f"{1/3}", f"{None}", f"{True}", f"{b'bytes'}", f"{(1, 2)}")
x = 10
print(f"{x:#b}", f"{x:c}" if False else "", f"{65:c}", f"{x:=^9}", f"{-x:=+6}")
print(f"{'a' 'b'}", f"{x!r:^6}", f"{'{'}", f"{'}'}")
try:
    f"{x:invalid}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{x}" * 3, len(f"{x:10}"), f"" == "")
date = (2024, 1, 5)
print(f"{date[0]}-{date[1]:02d}-{date[2]:02d}")
