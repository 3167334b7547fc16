"""Compares, over the stdlib of the running CPython 3.11, the block facts of taipan's symbol
table (`dump::code_facts`, printed by the `symtable` example with `--code`) with the code
objects CPython compiles (`code_facts` of symtable_expected.py): generator and coroutine flags,
nesting, varargs, cells and free variables of every code object. Files where either side
raises are left out. Prints the mismatches (first differing line) and a count: on 3.11.7,
11642 files, 2 differing by code in unreachable code after a `return` (tables are made for it,
code objects are not). Usage, from the
repository root after `cargo build -p taipan-codegen --release --example symtable`:

    python3 crates/codegen/tools/check_code_facts.py [STEP]     # every STEP-th file (default 1)
"""
import os
import subprocess
import sys
import sysconfig
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from symtable_expected import code_facts  # noqa: E402

TARGET = os.environ.get("CARGO_TARGET_DIR", "target")
EXAMPLE = os.path.join(TARGET, "release", "examples", "symtable")


def main():
    warnings.simplefilter("ignore")
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    stdlib = sysconfig.get_paths()["stdlib"]
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(stdlib) for f in fs
                   if f.endswith(".py"))[::step]
    compared = mismatched = 0
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        try:
            theirs = code_facts(compile(data, path, "exec", dont_inherit=True))
        except Exception:
            continue
        ours = subprocess.run([EXAMPLE, "--code", path], capture_output=True,
                              text=True).stdout
        compared += 1
        if ours != theirs:
            mismatched += 1
            a, b = theirs.splitlines(), ours.splitlines()
            i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            print("%s: line %d: CPython %r, taipan %r" % (
                os.path.relpath(path, stdlib), i + 1, a[i] if i < len(a) else "<end>",
                b[i] if i < len(b) else "<end>"))
    print("%d files compared, %d differ" % (compared, mismatched))


main()
