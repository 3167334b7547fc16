if a: pass
b