# raise SystemExit(2) from inside nested calls and a with block: the context manager's __exit__
# sees it, does not suppress it, and the exit code is 2 with no traceback printed.
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev.code)
        return False
def inner():
    raise SystemExit(2)
def outer():
    with Ctx():
        inner()
print("start")
outer()
print("not reached")
