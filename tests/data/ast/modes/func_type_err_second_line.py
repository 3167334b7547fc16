(a) -> x
y