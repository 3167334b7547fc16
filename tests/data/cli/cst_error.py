# args: cst
x = (1,
