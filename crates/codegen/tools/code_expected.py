"""Writes tests/data/codegen/NAME.expected for each tests/data/codegen/NAME.py: CPython 3.11's
code objects for the file as the conformance driver's code_text, then `-- dis` and dis.dis()
with code object addresses replaced by taipan's stand-in (pre-order number, 12 hex digits).
A file whose compile() raises gets `error Class line message` instead. Run with python3.11:
    python3.11 crates/codegen/tools/code_expected.py [NAME.py ...]"""
import dis, glob, io, os, re, sys, types

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "../../../xtask/src/conformance"))
sys.argv_saved, sys.argv = sys.argv, ["driver", "none"]
import importlib.util
spec = importlib.util.spec_from_file_location("driver_mod", os.path.join(ROOT, "../../../xtask/src/conformance/driver.py"))
src = open(spec.origin).read().replace("\nmain()\n", "\n")
driver = types.ModuleType("driver_mod")
exec(compile(src, spec.origin, "exec"), driver.__dict__)
sys.argv = sys.argv_saved

DATA = os.path.join(ROOT, "../../../tests/data/codegen")


def dis_text(code):
    order = driver._code_preorder(code, [])
    buf = io.StringIO()
    dis.dis(code, file=buf)
    text = buf.getvalue()
    for i, c in enumerate(order):
        text = text.replace("at %#x," % id(c), "at %#014x," % i)
    return text


def expected(path):
    with open(path, "rb") as f:
        data = f.read()
    name = os.path.basename(path)
    try:
        facts = driver.code_text(data, name)
        code = compile(data, name, "exec", dont_inherit=True)
    except SyntaxError as e:
        return "error %s %d %d %s\n" % (type(e).__name__, e.lineno or 0, e.offset or 0, e.msg)
    return facts + "-- dis\n" + dis_text(code)


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(DATA, "*.py")))
    for path in files:
        out = path[:-3] + ".expected"
        with open(out, "w") as f:
            f.write(expected(path))


main()
