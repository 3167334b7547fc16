# args: ast
x = 1
f() = x
