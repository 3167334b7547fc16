from . import a
from ... import b
x = a . b
y = ...
z = a[..., 1:2, ::3]
