# CPython: 'expression' is an illegal expression for augmented assignment
x + 1 += 1
