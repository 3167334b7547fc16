# exec/eval namespaces: __builtins__ as any object (looked up with __getitem__ unless an
# exact dict), LOAD_GLOBAL/LOAD_NAME/LOAD_BUILD_CLASS through a dict subclass's __getitem__.
code = compile("print('Hello World!')", "", "exec")
for b in [{}, 123]:
    try: exec(code, {'__builtins__': b})
    except Exception as e: print(type(e).__name__, e)
class setonlyerror(Exception): pass
class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror
try: exec(compile("globalname", "test", "exec"), setonlydict({'globalname': 1}))
except Exception as e: print(type(e).__name__, e)
try: exec(compile("superglobal", "test", "exec"), {'__builtins__': setonlydict({'superglobal': 1})})
except Exception as e: print(type(e).__name__, e)
try: exec(compile("def f(): return superglobal\nf()", "test", "exec"), {'__builtins__': setonlydict({'superglobal': 1})})
except Exception as e: print(type(e).__name__, e)
class customdict(dict): pass
exec("print(superglobal)", {'__builtins__': customdict({'superglobal': 1, 'print': print})})
exec("def f(): print(superglobal)\nf()", {'__builtins__': customdict({'superglobal': 2, 'print': print})})
try:
    exec("class A: pass", {'__builtins__': {}})
except NameError as e:
    print("NameError", e)
class only_bc(dict):
    def __getitem__(self, k):
        if k == '__build_class__':
            raise KeyError(k)
        return dict.__getitem__(self, k)
try:
    exec("class A: pass", {'__builtins__': only_bc(__builtins__.__dict__)})
except NameError as e:
    print("NameError", e)
