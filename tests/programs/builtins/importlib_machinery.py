import importlib, importlib.util, importlib.machinery, sys, os

# helper modules written to a scratch directory
base = os.path.join("/tmp", "taipan_importlib_%d" % os.getpid())
os.makedirs(os.path.join(base, "pkg"), exist_ok=True)
with open(os.path.join(base, "mymod.py"), "w") as f:
    f.write("X = 1\n")
with open(os.path.join(base, "pkg", "__init__.py"), "w") as f:
    f.write("from . import sub\n")
with open(os.path.join(base, "pkg", "sub.py"), "w") as f:
    f.write("Y = 2\n")
sys.path.insert(0, base)

m = importlib.import_module("mymod")
print(m.X, m.__name__, type(m.__spec__).__name__, m.__spec__.name, type(m.__loader__).__name__)
print(m.__spec__.origin == m.__file__, m.__spec__.submodule_search_locations, repr(m.__spec__.parent))
p = importlib.import_module("pkg.sub")
print(p.Y, p.__spec__.name, p.__spec__.parent, sys.modules["pkg"].__spec__.submodule_search_locations is not None)
print(importlib.import_module(".sub", "pkg") is p)
print(os.__spec__.name, sys.__spec__.name, sys.__loader__.__name__, sys.__spec__.origin)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print([f.__name__ for f in sys.meta_path if f.__module__.startswith("_frozen")])
print(len(sys.path_hooks), type(sys.path_importer_cache).__name__)
print(importlib.machinery.ModuleSpec("x", None).name, importlib.machinery.BuiltinImporter.__name__)

spec = importlib.util.find_spec("mymod")
print(spec.name, type(spec.loader).__name__, os.path.basename(spec.origin))
print(importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.find_spec("pkg.sub").name)
print(importlib.util.find_spec("sys").origin)

# spec_from_file_location + module_from_spec
spec = importlib.util.spec_from_file_location("other_name", os.path.join(base, "mymod.py"))
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.X, mod.__name__, "other_name" in sys.modules)

# reload
m.X = 99
with open(os.path.join(base, "mymod.py"), "w") as f:
    f.write("X = 3\nZ = 4\n")
m2 = importlib.reload(m)
print(m2 is m, m.X, m.Z)

try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError:", e)

# a finder on sys.meta_path is consulted
class Finder:
    @classmethod
    def find_spec(cls, name, path, target=None):
        if name == "virtual_mod":
            return importlib.util.spec_from_loader(name, Loader())
        return None

class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42

sys.meta_path.append(Finder)
import virtual_mod
print(virtual_mod.answer, virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
import heapq
print(heapq.nsmallest(2, [3, 1, 2]))
sys.meta_path.remove(Finder)
try:
    import virtual_mod2
except ImportError as e:
    print(type(e).__name__, e)

for name in ["mymod.py", "pkg/__init__.py", "pkg/sub.py"]:
    os.remove(os.path.join(base, name))
for d in ["pkg/__pycache__", "__pycache__", "pkg"]:
    if os.path.isdir(os.path.join(base, d)):
        for f in os.listdir(os.path.join(base, d)):
            os.remove(os.path.join(base, d, f))
        os.rmdir(os.path.join(base, d))
os.rmdir(base)
