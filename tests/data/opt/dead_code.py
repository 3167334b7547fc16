# co_consts: skip (dead branches are removed beyond what CPython does)
"""Dead branches: removed when that is unobservable, else kept under `if False:`."""
if 0:
    print('never')
if False:
    print('never')
else:
    print('always')
if 1:
    x = 'unwrapped'
else:
    y = 'dead'
while 0:
    print('never')
else:
    print('once')
while 1:
    break
else:
    print('never')
def gen():
    if 0:
        yield 1
    return 2
def local():
    if 0:
        x = 1
    return x
def debug_only():
    if not __debug__:
        print('optimized')
    if __debug__:
        'kept as a string'
    return 3
def loop():
    for i in range(3):
        if 0:
            break
        while 0:
            continue
def mixed():
    if 0:
        print('drop me')
        y = 2
        print('drop me too')
    return y
def empty_body():
    if 0:
        print('gone')
class K:
    if 0:
        attr = 1
async def agen():
    if 0:
        await x
    if 0:
        return 5
def uses_super():
    if 0:
        super()
if 0:
    module_level = 1
    import os
