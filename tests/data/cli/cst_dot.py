# args: cst --dot
x = "a\"b"  # c
