# bool(NotImplemented) warns; breakpoint() warns (RuntimeWarning) for an unimportable $PYTHONBREAKPOINT.
import os, warnings
for envar in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable'):
    os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        breakpoint()
    print(envar, [(x.category.__name__, str(x.message)) for x in w])
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint("called", "print")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
print([(x.category.__name__, str(x.message)) for x in w])
