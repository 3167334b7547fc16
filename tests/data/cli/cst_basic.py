# args: cst
if x:
    y = [1, 2]  # c
