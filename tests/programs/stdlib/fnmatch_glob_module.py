# fnmatch and glob: patterns translated to regular expressions, matching names and paths
import fnmatch
import glob
import os

names = ["a.py", "b.txt", "c.PY", "data1.csv", "data22.csv", "[x].md", ".hidden"]
print(fnmatch.filter(names, "*.py"))
print([n for n in names if fnmatch.fnmatch(n, "*.PY")])
print([n for n in names if fnmatch.fnmatchcase(n, "*.PY")])
print(fnmatch.filter(names, "data?.csv"), fnmatch.filter(names, "data[0-9]*.csv"))
print(fnmatch.filter(names, "[[]x].md"), fnmatch.filter(names, "[!abc]*"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[!b-d]*"))
here = os.path.dirname(__file__)
found = sorted(os.path.basename(p) for p in glob.glob(os.path.join(here, "fnmatch_*.py")))
print(found)
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.escape("a[b]*"))
print(sorted(glob.glob("tests/programs/stdlib/*_glob_*.py")))
