name, width = "taipan", 10
print(f"{name!r:>{width}} has {len(name)} letters")
print(f"{3.14159:.2f} {'nested'} {{braces}} {name=}")
print("%s and %d" % (name, 3))
