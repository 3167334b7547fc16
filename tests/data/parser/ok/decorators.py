@dec
def f(): pass
@dec.attr(1)
@a[0] or b
class C: pass
@(lambda f: f)
async def g(): pass
