# The built-in exception hierarchy: every built-in exception's base chain, printed as a tree.
builtins = __builtins__
excs = []
for k, v in vars(builtins).items():
    if isinstance(v, type) and issubclass(v, BaseException) and v not in excs:
        excs.append(v)
print(len(excs))
children = {}
for e in excs:
    for b in e.__bases__:
        children.setdefault(b, []).append(e)
def walk(cls, depth):
    print("  " * depth + cls.__name__)
    for c in sorted(children.get(cls, []), key=lambda c: c.__name__):
        walk(c, depth + 1)
walk(BaseException, 0)
for e in sorted(excs, key=lambda c: c.__name__):
    print(e.__name__, [c.__name__ for c in e.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), issubclass(EncodingWarning, Warning))
