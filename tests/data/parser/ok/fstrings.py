f'{x}'
f'{x!r}'
f'{x:>10}'
f'{x:{width}.{prec}}'
f'{x=}'
f'{x = !s:^5}'
f'{{literal}}'
f'{a["k"]} {b:%Y-%m-%d}'
rf'\d{x}'
f'''{
x
}'''
f'{f"{x}"}'
