# args: ast --attributes
x = [i ** 2 for i in range(10) if i % 2]
print('é', x[-1], sep="")
