# CPython: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name
x = "\N{NOPE}"
