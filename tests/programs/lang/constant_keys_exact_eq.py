# Mapping-pattern keys are duplicates when equal as Python compares them: an int and a float
# exactly (past 2**53 too), big ints, complex against int and float.
cases = [
    "case {9007199254740993: _, 9007199254740992.0: _}:",
    "case {9007199254740992: _, 9007199254740992.0: _}:",
    "case {18446744073709551616: _, 18446744073709551616.0: _}:",
    "case {18446744073709551617: _, 18446744073709551616.0: _}:",
    "case {18446744073709551616: _, 18446744073709551616: _}:",
    "case {-9223372036854775808: _, -9223372036854775808.0: _}:",
    "case {2.5: _, 2.5+0j: _}:",
    "case {1e300: _, 1e300+0j: _}:",
    "case {'a': _, b'a': _}:",
    "case {None: _, False: _}:",
    "case {0.0: _, -0.0: _}:",
]
for c in cases:
    src = f"match x:\n    {c}\n        pass\n"
    try:
        compile(src, "<s>", "exec")
        print(c, "compiles")
    except SyntaxError as e:
        print(c, "->", e.msg, e.lineno, e.offset, e.end_offset)

# A set display of constants folds to a frozenset of distinct items (the first of equal ones).
s = {18446744073709551616, 18446744073709551616.0, 1}
print(sorted(s, key=repr), len(s))
s = {9007199254740993, 9007199254740992.0, 1}
print(sorted(s, key=repr), len(s))
