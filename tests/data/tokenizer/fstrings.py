a = f'x{y}z'
b = f"{x!r:>{width}} {{literal}} {y=} {z = !s:^10}"
c = rf'{x}\d' fR'{x}' Rf"{x}" FR'{x}'
d = f'{x:{a}.{b}}' f'{d["key"]}' f"{'nested' + f'{x}'}"
e = f'''{
  x
  + 1
}'''
f = f'{a!=b}' f'{a<=b}' f'{x:=5}' f'{ {1: 2}[1] }'
g = f'\N{BULLET} {x}' f'\\{x}'
