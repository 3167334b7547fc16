for x in y:
    continue
else:
    pass
for a, b in c: pass
for x in 1, 2, 3: pass
