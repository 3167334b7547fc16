# The driver `cargo xtask cpython-tests` runs under each interpreter: one Lib/test module through
# unittest, each test's outcome written as it ends ("<status>\t<id>" lines, flushed) to the file
# named by $TAIPAN_CPYTHON_TESTS_OUT, so that a crash part-way keeps what ran before it.
# Statuses: ok, FAIL, ERROR, skipped ("expected failure" counts as ok, "unexpected success" as FAIL;
# a test with a failing subtest is FAIL or ERROR). The last line is "DONE" when unittest returned.
import os
import sys
import unittest

_out = open(os.environ["TAIPAN_CPYTHON_TESTS_OUT"], "a")
_name = sys.argv[1]


def _emit(status, test):
    try:
        ident = test.id()
    except Exception:
        ident = str(test)
    prefix = "test." + _name + "."
    if ident.startswith(prefix):
        ident = ident[len(prefix):]
    _out.write(status + "\t" + ident.replace("\n", " ").replace("\t", " ") + "\n")
    _out.flush()


class _Result(unittest.TextTestResult):
    def _report(self, status, test):
        self._taipan_emitted = True
        _emit(status, test)

    def startTest(self, test):
        super().startTest(test)
        self._taipan_bad = None
        self._taipan_emitted = False

    def stopTest(self, test):
        # A test whose subtests failed gets no addSuccess/addFailure of its own.
        if self._taipan_bad and not self._taipan_emitted:
            _emit(self._taipan_bad, test)
        super().stopTest(test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None and self._taipan_bad != "ERROR":
            failure = issubclass(err[0], test.failureException)
            self._taipan_bad = "FAIL" if failure else "ERROR"

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(self._taipan_bad or "ok", test)

    def addError(self, test, err):
        super().addError(test, err)
        self._report("ERROR", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report("FAIL", test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report("skipped", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report("ok", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report("FAIL", test)


try:
    module = __import__("test." + _name, fromlist=["*"])
except unittest.SkipTest as e:
    # A module that skips itself on import (test.support.import_module of a missing module).
    print("module skipped:", e, file=sys.stderr)
    _out.write("skipped\t" + _name + "\nDONE\n")
    _out.close()
    raise SystemExit(0)
verbosity = int(os.environ.get("TAIPAN_CPYTHON_TESTS_VERBOSITY", "1"))
runner = unittest.TextTestRunner(resultclass=_Result, verbosity=verbosity)
unittest.main(module=module, argv=["x"] + sys.argv[2:], testRunner=runner, exit=False)
_out.write("DONE\n")
_out.flush()
