import array
for c in 'bBhHiIlLqQ':
    for v in (-2**70, 2**70, -1, 1.5, 'x', 300, 70000, 2**33):
        try: array.array(c, [v])
        except Exception as e: print(c, v if not isinstance(v,int) or abs(v)<2**40 else ('big' if v>0 else '-big'), type(e).__name__, e)
for c in 'fd':
    try: array.array(c, ['x'])
    except Exception as e: print(c, type(e).__name__, e)
try: array.array('z')
except Exception as e: print(type(e).__name__, e)
print(array.array('d', [1, 2.5]), array.array('u', 'ab'), array.array('b'), repr(array.array('i', [1])*2))
a = array.array('i', [1,2,3]); print(a[1:], a[::-1], a.itemsize, a.typecode, a.tolist(), a.tobytes()[:4])
try: a[0] = 2**40
except Exception as e: print(type(e).__name__, e)
try: a + array.array('d')
except Exception as e: print(type(e).__name__, e)
try: a[5]
except Exception as e: print(type(e).__name__, e)
print(type(iter(a)), array.ArrayType, array.typecodes)
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a, a.index(3), a.count(3), 3 in a)
a[1:3] = array.array('i', [9, 9, 9]); print(a); del a[::2]; print(a); a.reverse(); print(a, len(a))
b = array.array('d', [0]) * 5; b[2] = 7; print(b, sum(b), list(b), b == array.array('d', [0,0,7,0,0]))
c = array.array('B', b'abc'); print(c, c.tobytes(), array.array('Q', [2**64-1]), array.array('f', [0.1]))
x = array.array('h', [1]); x += array.array('h', [2]); x *= 2; print(x)
