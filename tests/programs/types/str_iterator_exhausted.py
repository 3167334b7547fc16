# A str iterator lets go of its string once exhausted (CPython's it_seq = NULL): the string
# can be freed, and __reduce__/__length_hint__/__setstate__ see an empty iterator.
import gc

for cls in (str, bytes, bytearray, tuple, list):
    for it_f in (iter, reversed):
        class A(cls):
            def __del__(self):
                global done
                done = True
        done = False
        try:
            it = it_f(A())
        except TypeError:
            print(cls.__name__, it_f.__name__, 'TypeError')
            continue
        print(cls.__name__, it_f.__name__, next(it, 'END'), end=' ')
        gc.collect()
        print(done)
        del it

for s in ['abc', 'h\u00e9llo', '', '\U0001f600x']:
    it = iter(s)
    print(type(it).__name__, it.__reduce__()[1:], it.__length_hint__())
    next(it, None)
    print(ascii(it.__reduce__()[1:]), it.__length_hint__())
    print(ascii(list(it)), it.__reduce__()[1:], it.__length_hint__(), next(it, 'END'))
    it.__setstate__(1)
    print(list(it))
