# The __main__ module: __name__, globals(), sys.modules, module-level statements, __builtins__.
import sys

print(__name__, __name__ == "__main__")
main = sys.modules["__main__"]
print(type(main).__name__, main.__name__, main is sys.modules[__name__])
x = 10
print(main.x, globals()["x"], "x" in dir())
main.y = "set through the module object"
print(y)
globals()["z"] = "set through globals()"
print(z)
print(sorted(k for k in globals() if k.startswith("__") and k != "__builtins__"))
print(__doc__, __spec__, __package__ if __package__ else repr(__package__))
print(__file__.endswith("module_main_namespace.py"), main.__file__ == __file__)
print(type(__builtins__).__name__, __builtins__.__name__)
print(sys.argv[0].endswith("module_main_namespace.py"), len(sys.argv))
print(locals() is globals())
global w
w = 11
print(w)
if __name__ == "__main__":
    print("running as the main program")
def f():
    return __name__
print(f(), f.__module__, f.__globals__ is globals())
class C:
    pass
print(C.__module__, repr(C))
del main.y
try:
    y
except NameError as e:
    print(type(e).__name__, e)
