"""Writes tests/data/opt/<name>.consts for each tests/data/opt/<name>.py: the constants CPython
3.11's compile() puts in co_consts (recursively through nested code objects), one per line,
sorted, without None (every code object has it), as `type:repr` (tuples and frozensets item by
item, frozenset items sorted). Files whose first line is `# co_consts: skip` are left out.

The taipan optimizer with CPython's options must leave exactly these constants in the tree
(crates/opt/tests/opt_data.rs). For that the data files avoid what CPython's compiler, not its
optimizer, turns into constants: list or set displays of 3+ constants outside `for`/`in`,
keyword arguments in calls, imports, and constant expression statements (dropped).

Run with CPython 3.11 from the repository root:
    python3 crates/opt/tools/co_consts.py
"""
import glob
import os
import sys

assert sys.version_info[:2] == (3, 11), "CPython 3.11 is the reference"


def canon(v):
    if isinstance(v, tuple):
        return "(" + ", ".join(canon(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, frozenset):
        return "frozenset({" + ", ".join(sorted(canon(x) for x in v)) + "})"
    return type(v).__name__ + ":" + repr(v)


def collect(code, out):
    for c in code.co_consts:
        if hasattr(c, "co_consts"):
            collect(c, out)
        elif c is not None:
            out.add(canon(c))
    return out


def main():
    for path in sorted(glob.glob("tests/data/opt/*.py")):
        text = open(path, encoding="utf-8").read()
        if text.startswith("# co_consts: skip"):
            continue
        consts = collect(compile(text, path, "exec"), set())
        with open(os.path.splitext(path)[0] + ".consts", "w", encoding="utf-8") as f:
            f.write("".join(c + "\n" for c in sorted(consts)))


main()
