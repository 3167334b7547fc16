# try/else/finally: order of execution, finally with return/break/continue, overriding.
def flow(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("v")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(flow(False))
print(flow(True))

def finally_runs_on_return():
    try:
        return "from try"
    finally:
        print("  finally before the return completes")
print(finally_runs_on_return())

def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides_return())

def finally_swallows_exception():
    try:
        raise KeyError("lost")
    finally:
        return "finally return swallows the exception"
print(finally_swallows_exception())

def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_evaluated_before_finally())

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"broke out at {i}, exception discarded"
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())

def exception_in_else():
    try:
        pass
    except ValueError:
        return "not reached"
    else:
        raise ValueError("raised in else is not caught by the same try")
try:
    exception_in_else()
except ValueError as e:
    print(e)

def exception_in_finally_replaces():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("from finally")
try:
    exception_in_finally_replaces()
except ValueError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())

def loop_with_finally():
    log = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log
print(loop_with_finally())

def while_return():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  finally n =", n)
print(while_return())

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
for v in generator_finally():
    print(v)
    break
print("after break")
