"""Writes stack_effects.txt: CPython 3.11's dis.stack_effect for every opcode, for a few opargs,
without and with the jump taken ("-" where CPython refuses). Run with python3.11 from this folder."""
import dis, opcode

ARGS = (0, 1, 2, 3, 4, 5, 8, 9, 15, 256)
with open("stack_effects.txt", "w") as out:
    out.write("# opname: (arg nojump jump)... from CPython 3.11 dis.stack_effect\n")
    for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
        if name == "CACHE":
            continue
        cells = []
        args = ARGS if op >= opcode.HAVE_ARGUMENT else (None,)
        for arg in args:
            row = []
            for jump in (False, True):
                try:
                    row.append(str(dis.stack_effect(op, arg, jump=jump)))
                except ValueError:
                    row.append("-")
            cells.append(f"{'' if arg is None else arg}:{row[0]}/{row[1]}")
        out.write(f"{name} {' '.join(cells)}\n")
