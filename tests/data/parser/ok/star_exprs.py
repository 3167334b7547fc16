a, *b = c
*a, b = c
for x, *y in z: pass
return_ = *a, *b
