a or b or c
a and b and c
a or b and c
not a
not not a
(a or b) or c
