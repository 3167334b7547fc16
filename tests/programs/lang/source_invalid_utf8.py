# Source bytes that are not valid UTF-8 (and no coding cookie) given to compile(), exec(),
# eval() and import: CPython's SyntaxError for undecodable bytes in strings and names, its
# location (byte columns, the token after the string), and bytes in comments accepted.
import os
import shutil
import sys
import tempfile


def show(src, mode="exec", filename="f"):
    try:
        compile(src, filename, mode)
        print("ok", src)
    except SyntaxError as e:
        print(src)
        print("   ", type(e).__name__, repr(e.msg))
        print("   ", e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)


show(b"x = '\xff'\n")
show(b"x = '\xff'")
show(b"# \xff comment\nx = 1\n")
show(b"x = 1 # \xff\n")
show(b"x\xff = 1\n")
show(b"abc\xffdef = 1\n")
show(b"if 1:\n    ab\xff\n")
show(b"x = 1\n\xff")
show(b"x = 1\ny = b'\xff'\n")
show(b"x = 1\ny = '\xc3'\n")
show(b"x = 1\ny = '\xe2\x82'\n")
show(b"x = '\xe9\xe9\xe9\xe9'\n")
show(b"x = '\xc3\xa9\xff'\n")
show(b"print('\xc3\xa9', '\xff')\n")
show(b"'\xc3\xa9\xff'", "eval")
show(b"'\xff'", "eval")
show(b"'''\n\xff\n'''")
show(b"x = 'a' 'b\xff'\n")
show(b"x = ('\xff',\n  1)\n")
show(b"x = '\xff' + 1\n")
show(b"x = f'\xff'\n")
show(b"x = r'\xff'\n")
show(b"x = 1\r\ny = '\xff'\r\n")
show(b"x = (\n'\xff')\n")
show(b"x = 1 +\ny = '\xff'\n")
show(b"\xef\xbb\xbfx = '\xff'\n")
show(b"# coding: utf-8\nx = '\xff'\n")
show(b"# coding: ascii\nx = '\xe9'\n")
show(b"# coding: bogus\nx = 1\n")
show(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")

ns = {}
exec(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", ns)
print(ascii(ns["x"]))
exec(b"# -*- coding: cp1252 -*-\nx = '\x80\x93'\n", ns)
print(ascii(ns["x"]))
print(ascii(eval(b"# coding: latin-1\n'\xe9\xff'")))
exec(b'# coding: cp949\na = "\xaa\xa7"\n', ns)
print(ascii(ns["a"]))
try:
    compile(b"# coding: cp932\nprint '\x94\x4e'", "dummy", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, ascii(e.text))
exec(b"x = 1 # \xff\xfe\n", ns)
print(ns["x"])

try:
    exec(b"x = '\xff'\n")
except SyntaxError as e:
    print("exec", e.msg, e.lineno, e.offset, repr(e.text))
try:
    eval(b"'\xff'")
except SyntaxError as e:
    print("eval", e.msg, e.lineno, e.offset, repr(e.text))

d = tempfile.mkdtemp()
sys.path.insert(0, d)
modules = [
    ("m1", b"x = '\xff'\n"),
    ("m2", b"# \xff\nx = 1\n"),
    ("m3", b"x = 1\ny = 2 # \xff\n"),
    ("m4", b"# coding: latin-1\nx = '\xe9'\n"),
    ("m5", b"# coding: cp1252\nx = '\x80'\n"),
    ("m6", b"# coding: ascii\nx = '\xe9'\n"),
    ("m7", b"x = 1\ny\xff = 2\n"),
    ("m8", b"s = '''\n\xff\n'''\n"),
]
try:
    for name, data in modules:
        with open(os.path.join(d, name + ".py"), "wb") as f:
            f.write(data)
        try:
            m = __import__(name)
            print("import ok", name, ascii(getattr(m, "x", None)))
        except SyntaxError as e:
            print(name, repr(e.msg), e.lineno, e.offset, repr(e.text))
            print("   ", e.filename == os.path.join(d, name + ".py"))
finally:
    sys.path.remove(d)
    shutil.rmtree(d)
