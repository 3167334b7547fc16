# *args and **kwargs: collection, forwarding, ordering, and their types.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, x=3))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)

def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"))
try:
    first_rest()
except TypeError as e:
    print(type(e).__name__, e)

def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, 2, k="v"))

def order(**kwargs):
    return list(kwargs)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}, c=3))

def no_extra(a, b):
    return a + b
for call in [lambda: no_extra(1, 2, 3), lambda: no_extra(1, c=2), lambda: no_extra(1, 2, a=1), lambda: no_extra()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def kwargs_is_fresh(**kwargs):
    kwargs["added"] = True
    return kwargs
d = {"x": 1}
print(kwargs_is_fresh(**d), d)

def args_sum(*numbers):
    total = 0
    for n in numbers:
        total += n
    return total
print(args_sum(), args_sum(1), args_sum(*range(101)))

def named_after_star(*args, sep=", "):
    return sep.join(map(str, args))
print(named_after_star(1, 2, 3), named_after_star(1, 2, sep="-"))

print(collect.__code__.co_flags & 0x04 != 0, collect.__code__.co_flags & 0x08 != 0)
print(collect.__code__.co_varnames, collect.__code__.co_argcount)

def kwargs_with_odd_keys(**kw):
    return kw
print(kwargs_with_odd_keys(**{"not an identifier": 1, "": 2}))
def f(a, **kw):
    return a, kw
print(f(1, **{"b": 2}), f(**{"a": 1, "c": 3}))
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
