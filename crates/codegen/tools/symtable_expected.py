"""Writes CPython 3.11's side of the symbol table tests: for every tests/data/symtable/*.py, a
`<name>.cpython` file with, for each chunk of the file (chunks are separated by `# ---` lines;
each is compiled as a module of its own), the text of `symtable.symtable(chunk, name, "exec")`
as the conformance driver writes it (`symtable_text` in xtask/src/conformance/driver.py, loaded
from there so that the text is defined in one place), or the error it raises as
`Class line L col C end EL EC: message`. Chunks are separated by `# ---` lines in the output
too. It also writes `<name>.code`: for each chunk that compiles, what the compiler takes from
the symbol table into each code object (see code_facts), so that the block facts the
`symtable` module does not show (generator, coroutine, nested, the `__class__` cell, cells and
free variables) are checked too. Run it with CPython 3.11 from the repository root after
changing a test file:

    python3 crates/codegen/tools/symtable_expected.py
"""
import glob
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
SEPARATOR = "# ---\n"


def load_driver():
    path = os.path.join(ROOT, "xtask", "src", "conformance", "driver.py")
    with open(path, encoding="utf-8") as f:
        source = f.read()
    # The driver ends by running main(); everything before is definitions.
    source = source[: source.rindex("\nmain()")]
    namespace = {"__name__": "driver"}
    exec(compile(source, path, "exec"), namespace)
    return namespace["symtable_text"]


def expected(symtable_text, chunk, name):
    try:
        return symtable_text(chunk.encode("utf-8"), name)
    except Exception as e:  # SyntaxError, RecursionError
        return "%s line %s col %s end %s %s: %s\n" % (
            type(e).__name__, getattr(e, "lineno", None), getattr(e, "offset", None),
            getattr(e, "end_lineno", None), getattr(e, "end_offset", None),
            getattr(e, "msg", e))


# The co_flags bits that compute_code_flags (compile.c) takes from the symbol table.
CODE_FLAGS = ((0x4, "VARARGS"), (0x8, "VARKEYWORDS"), (0x10, "NESTED"), (0x20, "GENERATOR"),
              (0x80, "COROUTINE"), (0x200, "ASYNC_GENERATOR"))


def code_facts(code, indent=""):
    """One line per code object, depth first, the nested ones sorted by their text (the
    compiler and the symbol table list them in different orders): `name FLAG|FLAG... cells=a,b
    frees=c`, then its nested code objects indented."""
    flags = "|".join(n for b, n in CODE_FLAGS if code.co_flags & b) or "0"
    out = "%s%s %s cells=%s frees=%s\n" % (indent, code.co_name, flags,
                                          ",".join(sorted(code.co_cellvars)),
                                          ",".join(sorted(code.co_freevars)))
    nested = [c for c in code.co_consts if hasattr(c, "co_code")]
    return out + "".join(sorted(code_facts(c, indent + "  ") for c in nested))


def compiled_facts(chunk, name):
    try:
        code = compile(chunk, name, "exec", dont_inherit=True)
    except SyntaxError as e:
        return "%s: %s\n" % (type(e).__name__, e.msg)
    return code_facts(code)


def chunks(text):
    """The file's chunks; a `# ---` line ends one."""
    out, current = [], []
    for line in text.splitlines(keepends=True):
        if line == SEPARATOR:
            out.append("".join(current))
            current = []
        else:
            current.append(line)
    out.append("".join(current))
    return out


def main():
    assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
    symtable_text = load_driver()
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "symtable", "*.py"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        name = os.path.basename(path)
        parts = [expected(symtable_text, c, name) for c in chunks(text)]
        with open(path[:-3] + ".cpython", "w", encoding="utf-8") as f:
            f.write(SEPARATOR.join(parts))
        facts = [compiled_facts(c, name) for c in chunks(text)]
        with open(path[:-3] + ".code", "w", encoding="utf-8") as f:
            f.write(SEPARATOR.join(facts))


if __name__ == "__main__":
    main()
