"""Compares taipan's ast.dump(include_attributes=True) with CPython's on .py files.

    python3 crates/ast/tools/compare.py BINARY FILE_OR_DIR...

BINARY is the built `ast_dump` example. Prints, per mismatching file, the first differing
position, and a summary line.
"""
import ast
import os
import subprocess
import sys

binary = sys.argv[1]
files = []
for arg in sys.argv[2:]:
    if os.path.isdir(arg):
        for root, _, names in os.walk(arg):
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    else:
        files.append(arg)

ok = bad = skipped = 0
for path in files:
    try:
        with open(path, "rb") as f:
            src = f.read()
        want = ast.dump(ast.parse(src), include_attributes=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        skipped += 1
        continue
    got = subprocess.run([binary, path], capture_output=True, text=True, errors="replace").stdout.rstrip("\n")
    if got == want:
        ok += 1
        continue
    bad += 1
    i = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]), min(len(got), len(want)))
    print(f"{path}: differs at {i}\n  want ...{want[max(0, i - 150):i + 100]}\n  got  ...{got[max(0, i - 150):i + 100]}")
print(f"{ok} equal, {bad} differ, {skipped} rejected by CPython")
