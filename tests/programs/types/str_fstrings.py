# f-strings: expressions, conversions, format specs with nested fields, '=' self-documenting,
# quotes and braces, lambda/conditional in fields, evaluation order.
import sys
name, n, pi = "World", 42, 3.14159
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!", f"{n}", f"{n:5}|", f"{n:<5}|", f"{n:#x}", f"{pi:.2f}", f"{pi!r}", f"{name!r}", f"{name!a}")
print(f"{'é'!a}", f"{'é'!s:>4}", f"{items}", f"{items[1]}", f"{d['k']}", f"{d}", f"{len(items) * 2}", f"{items[-1] + n}")
print(f"{{literal}}", f"{{{n}}}", f"}}{n}{{", f"{n}{n}", f"", f"{''}", f"{'a' 'b'}", f"{'{'}{'}'}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{pi:>{w}}|", f"{name:^{w}}|", f"{n:{'>' if n else '<'}{w}}|", f"{n:0{w}d}")
print(f"{n=}", f"{n = }", f"{pi=:.1f}", f"{name=!r}", f"{name=!s}", f"{items[0]=}", f"{n + 1=}", f"{ n }")
print(f"{(lambda x: x * 2)(4)}", f"{'yes' if n > 0 else 'no'}", f"{[x * x for x in range(4)]}", f"{(1, 2)}", f"{n:{n}}|"[:5])
print(f"{3.0:g}", f"{1e-10:.2e}", f"{1234567:,}", f"{0.25:.0%}", f"{-5:+}", f"{5:+}", f"{True}", f"{None}", f"{b'x'}")
print(f'{"double"}', f"{'single'}", f'''{"triple"}''', f"""{'''x'''}""", rf"\n{n}", fr"{n}\t", f"\x41{n}\u00e9")
print(f"{name.upper()}", f"{name[::-1]}", f"{ {'a': 1}['a'] }", f"{ {1, 2} == {2, 1} }", f"{items!r:>12}")
order = []
def t(x):
    order.append(x)
    return x
print(f"{t(1)}{t(2)}{t(3):>{t(4)}}", order)
class Fmt:
    def __format__(self, spec):
        return "spec=" + repr(spec)
    def __repr__(self):
        return "R"
    def __str__(self):
        return "S"
o = Fmt()
print(f"{o}", f"{o:abc}", f"{o!r}", f"{o!s}", f"{o:{n}x}", f"{o=}", f"{o!r:>3}")
x = 5
print(f"{x:>{x}}", f"{x!r:^{x}}", f"{'nested ' + f'{x}'}", f"{f'{x:03}'}")
for bad in ("f'{n:d}' if False else f'{name:d}'", "f'{1:xyz}'", "f'{pi:,d}'"):
    try:
        eval(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for src in ("f'{}'", "f'{!r}'", "f'{n!z}'", "f'{n'", "f'}'", "f'{a b}'"):
    try:
        compile(src, "<f>", "eval")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(f"{sys.maxsize > 2**31}", f"{'multi' f'ple'}", f"{n}" "plain" f"{n}", f"{n!s:{w}}|")
