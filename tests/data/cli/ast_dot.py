# args: ast --dot
print(1.5, [x])
