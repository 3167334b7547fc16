# args: ast --color=always
x = f(1, "s", None)
