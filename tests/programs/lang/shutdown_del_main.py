# At exit, objects held by __main__'s globals are finalized as CPython 3.11's
# Py_FinalizeEx does it: atexit callbacks first, then sys.stdout/stderr put back to
# sys.__stdout__/__stderr__, then each module's sys.modules entry set to None in order.
# This __main__ defines no function or class (they come from a helper module), so its
# globals form no cycle: it dies as its entry goes, and its globals die in insertion
# order. A __del__ that raises is reported as "Exception ignored in: ..." on stderr,
# without source lines (CPython can no longer import io to read them); an import then
# fails, sys.meta_path being None.
import sys

SRC = '''
import sys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        main = sys.modules.get('__main__', 'gone')
        print('del', self.name, '| stdout restored:', sys.stdout is sys.__stdout__,
              '| __main__ entry:', main)
class Raiser:
    def __del__(self):
        raise ValueError('boom at exit')
class Importer:
    def __del__(self):
        try:
            import colorsys
        except ImportError as e:
            print('import at exit:', type(e).__name__, e)
class Upper:
    def write(self, s):
        return sys.__stdout__.write(s.upper())
    def flush(self):
        sys.__stdout__.flush()
'''
helper = type(sys)('helper')
sys.modules['helper'] = helper
exec(SRC, helper.__dict__)

a = helper.D('a')
b = helper.D('b')
r = helper.Raiser()
items = [helper.D('in list 1'), helper.D('in list 2')]
nested = {'k': helper.D('in dict'), 'j': (helper.D('in tuple'),)}
alias = a
c = helper.D('c')
del c
z = helper.D('z')
importer = helper.Importer()
a = helper.D('a rebound')
import atexit
atexit.register(print, 'atexit runs before teardown')
sys.stdout = helper.Upper()
print('end of main')
