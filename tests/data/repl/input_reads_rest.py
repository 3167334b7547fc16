x = input()
hello
print(x)
print(2)
