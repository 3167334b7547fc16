"""Checks taipan's constant folding on a whole tree of sources against CPython 3.11: every
constant the optimizer creates in a file (the output of the `fold_consts` example) must be in
the co_consts CPython compiles that file to (recursively). Prints the files that differ and a
count; exits non-zero on a difference.

    cargo run --release -p taipan-opt --example fold_consts -- DIR > /tmp/folds.txt
    python3 crates/opt/tools/check_folds.py /tmp/folds.txt
"""
import sys
import warnings

warnings.simplefilter("ignore")
assert sys.version_info[:2] == (3, 11), "CPython 3.11 is the reference"
sys.set_int_max_str_digits(0)


def canon(v):
    if isinstance(v, tuple):
        return "(" + ", ".join(canon(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, frozenset):
        return "frozenset({" + ", ".join(sorted(canon(x) for x in v)) + "})"
    return type(v).__name__ + ":" + repr(v)


def add(c, out):
    out.add(canon(c).replace("\n", "\\n"))
    # The compiler folds list and set displays of constants into one tuple or frozenset: the
    # items it was built from count as present.
    if isinstance(c, (tuple, frozenset)):
        for item in c:
            add(item, out)


def collect(code, out):
    for c in code.co_consts:
        if hasattr(c, "co_consts"):
            collect(c, out)
        else:
            add(c, out)
    return out


def main():
    files = {}
    current = None
    for line in open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read().splitlines():
        if line.startswith("FILE "):
            current = line[5:]
            files[current] = []
        else:
            files[current].append(line)
    checked = folded = bad = 0
    for path, consts in files.items():
        try:
            code = compile(open(path, "rb").read(), path, "exec")
        except Exception:
            continue
        checked += 1
        folded += len(consts)
        cpython = collect(code, set())
        missing = [c for c in consts if c not in cpython]
        if missing:
            bad += 1
            print(f"{path}: not in CPython's co_consts: {missing[:5]}")
    print(f"{checked} files, {folded} folded constants, {bad} files differ")
    sys.exit(1 if bad else 0)


main()
