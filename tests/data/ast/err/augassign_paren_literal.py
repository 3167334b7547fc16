# CPython: 'literal' is an illegal expression for augmented assignment
(1) += 1
