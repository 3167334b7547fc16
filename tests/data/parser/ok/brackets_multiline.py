x = [
    1,
    2,  # comment
]
f(a,
  b)
d = {
    'a': 1,
}
