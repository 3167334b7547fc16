a = ur'x'
b = bu'x'
c = fb'x'
d = rr'x'
