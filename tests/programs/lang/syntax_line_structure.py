# Line structure: semicolons, backslash continuations, implicit joining in brackets, comments, compound one-liners.
a = 1; b = 2; c = a + b; print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,  # a comment inside brackets
    3,
]
print(items)
result = (1
          + 2
          * 3)
print(result)
d = {
    "k": [
        (1,
         2),
    ],
}
print(d)
if total > 5: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def one_liner(x): return x * 2
print(one_liner(21))
class OneLine: value = 5
print(OneLine.value)
x = 5 if True else \
    6
print(x)
print("tuple without parens:", 1, 2,)
t = 1,
print(t, type(t).__name__)
empty = ()
single = (1,)
not_tuple = (1)
print(empty, single, not_tuple)
nested_call = max(
    1,
    2,
    3,
)
print(nested_call)
def f(
    a,
    b=2,
    *args,
    **kwargs,
):
    return a, b
print(f(1))
if (a == 1 and
        b == 2):
    print("multi-line condition")
try: raise ValueError("one-line try")
except ValueError as e: print(e)
finally: print("one-line finally")
x = [i
     for i
     in range(3)
     if i]
print(x)
