# sys.setprofile: 'call'/'return' of Python functions and 'c_call'/'c_return'/'c_exception'
# around built-in functions and methods (a method called on its object is reported as the
# bound built-in method); the profiler's return value is ignored; getprofile().
import sys
events = []
def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith("c_"):
        a = arg.__name__
    elif event == "return":
        a = repr(arg)
    else:
        a = None
    events.append((event, name, a))
    return "ignored"
def work(items):
    items.append(len(items))
    try:
        int("x")
    except ValueError:
        pass
    return sorted(items)
sys.setprofile(prof)
print(sys.getprofile() is prof)
work([3, 1])
sys.setprofile(None)
print(sys.getprofile())
for e in events:
    print(e)
