a € b
c = 1
d = $x
e = a ? b
f = `x`
g = 
h = ​
