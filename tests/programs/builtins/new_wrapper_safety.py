# Built-in __new__ safety (tp_new_wrapper's static base check), static methods' qualname/self,
# type.__basicsize__/__itemsize__, type.__new__'s argument count message.
print(str.maketrans.__qualname__, bytes.maketrans.__qualname__, str.maketrans.__self__)
print(repr(str.maketrans).split(' at ')[0])
print(str.maketrans("ab", "cd"), bytes.maketrans(b"a", b"b")[97])
try: str.maketrans(1, 2, 3, 4)
except TypeError as e: print(e)
print(int.__new__(int, 5), type(True).__new__(bool, 0))
try: int.__new__(bool, 0)
except TypeError as e: print(e)
print(object.__basicsize__ > 0, tuple.__itemsize__ > 0)
class M(type): pass
try: M(5)
except TypeError as e: print(e)
for f in [lambda: int.__new__(bool, 0), lambda: object.__new__(list), lambda: Exception.__new__(KeyError), lambda: BaseException.__new__(OSError), lambda: Exception.__new__(StopIteration), lambda: BaseException.__new__(SystemExit), lambda: Exception.__new__(UnicodeDecodeError), lambda: Exception.__new__(SyntaxError), lambda: Exception.__new__(ImportError), lambda: Exception.__new__(NameError), lambda: Exception.__new__(AttributeError), lambda: BaseException.__new__(ExceptionGroup), lambda: dict.__new__(__import__('collections').OrderedDict), lambda: list.__new__(__import__('collections').UserList), lambda: object.__new__(__import__('collections').deque), lambda: int.__new__(__import__('enum').IntEnum)]:
    try: print(type(f()).__name__)
    except TypeError as e: print("TypeError", e)
