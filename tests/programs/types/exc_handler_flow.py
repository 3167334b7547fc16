# Control flow through try/except/else/finally: finally overriding return and swallowing
# exceptions, break/continue in finally, exceptions in except/else/finally, nested handlers and
# the handled exception restored afterwards (sys.exc_info).
import sys
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f4():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    return i
def f5():
    out = []
    for i in range(3):
        try:
            out.append(i)
            continue
        finally:
            out.append("f%d" % i)
    return out
def f6():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f6 finally")
print(f1(), f2(), f3(), f4(), f5(), f6())
def f7():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("from except")
    finally:
        print("f7 finally runs")
try:
    f7()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def f9():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            print("inner handler, exc_info:", repr(sys.exc_info()[1]))
            try:
                raise KeyError("nested")
            except KeyError:
                print("nested handler:", repr(sys.exc_info()[1]))
            print("back in inner handler:", repr(sys.exc_info()[1]))
        print("after:", sys.exc_info())
    finally:
        pass
f9()
def f10():
    try:
        try:
            1 / 0
        finally:
            print("inner finally with pending exception")
    except ZeroDivisionError as e:
        return "outer caught " + str(e)
print(f10())
def f11(n):
    try:
        if n == 0:
            raise ValueError
        if n == 1:
            raise KeyError
        if n == 2:
            raise IndexError("idx")
        return "none"
    except (ValueError, KeyError) as e:
        return "tuple caught " + type(e).__name__
    except LookupError as e:
        return "base caught " + type(e).__name__
print([f11(i) for i in range(4)])
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen_finally():
    print("got", v)
    break
print("after break")
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised bare", e)
