a + b * c - d / e // f % g @ h
a | b ^ c & d << e >> f
-a ** -b
~a + +b
2 ** 3 ** 4
