# __del__ of objects held by an imported module's globals at exit (CPython 3.11's
# finalize_modules): sys.modules entries are set to None in import order, the builtins
# restored, a collection runs the __del__ of objects in module cycles with their globals
# intact; modules still alive after that (here: one held by a sys attribute) get their
# globals set to None, names with one leading underscore first, __builtins__ kept; then
# sys and the builtins dicts are cleared (a __del__ running then prints nothing).
import sys

SRC = '''
import sys
class Tracer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(__name__, 'del', self.name, '| sees _first:', _first, '| last:', last,
              '| print is builtin:', print is __builtins__['print']
              if isinstance(__builtins__, dict) else print is __builtins__.print)
_first = Tracer('_first')
middle = Tracer('middle')
last = Tracer('last')
_ = Tracer('_')
__dunder = Tracer('__dunder')
'''


def make_module(name):
    mod = type(sys)(name)
    sys.modules[name] = mod
    exec(SRC, mod.__dict__)
    return mod


held = make_module('held')      # kept alive by sys.kept: its globals are set to None
free = make_module('free')      # only sys.modules and __main__ hold it: collected whole
sys.kept = held


class Last:
    def __del__(self):
        print('never shown: sys is cleared when this runs')


sys.last_one = Last()
print('end of main')
