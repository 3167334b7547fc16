"""A stand-in for pyperf, just enough for the pyperformance benchmarks under tests/bench/.

`cargo xtask bench programs` runs each benchmark script unmodified, as its own process, with this
directory first on PYTHONPATH, under CPython and under taipan, and times the whole process from
outside (wall time and peak RSS of the child). So this module measures nothing itself and needs
no `time` module: `perf_counter()` returns 0.0, and the durations the benchmarks compute from it
are thrown away. It imports nothing but `sys`.

How many times to run: `--loops N` on the command line (pyperf's own option name; default 1).
A command-line option rather than an environment variable because reading the environment needs
`os`, which taipan will have long after `sys`.

`Runner.bench_func(name, f, *args)` calls `f(*args)` N times; `bench_time_func(name, f, *args)`
calls `f(N, *args)` once, as pyperf does; `bench_async_func(name, f, *args)` drives the coroutine
`f(*args)` N times by hand (`send(None)` until it returns), so no event loop is needed. After
each benchmark it prints one line, `<name>: <N> loops`, which the harness compares between the
two interpreters to know the run went to the end. Nothing else is printed.

`Runner.argparser` is a tiny argument parser covering the benchmarks' own options (`--name VALUE`,
`--name=VALUE`, `action="store_true"`, optional positionals, `type=`, `default=`, `choices=`).
`bench_command` (python_startup) is not supported: it raises NotImplementedError.
"""

import sys

__all__ = ["Runner", "perf_counter"]


def perf_counter():
    """The harness times processes from outside: the clock inside always reads 0.0."""
    return 0.0


class Namespace:
    """The parsed arguments, as attributes."""

    def __init__(self, **values):
        for name in values:
            setattr(self, name, values[name])


class _Argument:
    def __init__(self, names, kwargs):
        self.positional = not names[0].startswith("-")
        self.options = [n for n in names if n.startswith("-")]
        long_names = [n for n in names if n.startswith("--")]
        name = names[0] if self.positional else (long_names or names)[0].lstrip("-")
        self.dest = kwargs.get("dest", name.replace("-", "_"))
        self.flag = kwargs.get("action") == "store_true"
        self.default = kwargs.get("default", False if self.flag else None)
        self.type = kwargs.get("type")
        self.choices = kwargs.get("choices")

    def convert(self, text):
        value = self.type(text) if self.type is not None else text
        if self.choices is not None and value not in self.choices:
            raise SystemExit("pyperf stand-in: %s: invalid choice %r" % (self.dest, value))
        return value


class ArgumentParser:
    """The subset of argparse.ArgumentParser the benchmarks use."""

    def __init__(self):
        self.arguments = []
        self.add_argument("--loops", type=int, default=1)

    def add_argument(self, *names, **kwargs):
        self.arguments.append(_Argument(names, kwargs))

    def parse_args(self, args=None):
        args = list(sys.argv[1:] if args is None else args)
        values = {a.dest: a.default for a in self.arguments}
        positionals = [a for a in self.arguments if a.positional]
        while args:
            arg = args.pop(0)
            if not arg.startswith("-"):
                if not positionals:
                    raise SystemExit("pyperf stand-in: unexpected argument %r" % arg)
                target = positionals.pop(0)
                values[target.dest] = target.convert(arg)
                continue
            name, eq, text = arg.partition("=")
            matches = [a for a in self.arguments if name in a.options]
            if not matches:
                raise SystemExit("pyperf stand-in: unknown option %r" % name)
            target = matches[0]
            if target.flag:
                values[target.dest] = True
                continue
            if not eq:
                if not args:
                    raise SystemExit("pyperf stand-in: %s needs a value" % name)
                text = args.pop(0)
            values[target.dest] = target.convert(text)
        return Namespace(**values)


class Runner:
    """pyperf.Runner's interface, running each benchmark `--loops` times and timing nothing."""

    def __init__(self, values=None, processes=None, loops=None, add_cmdline_args=None, **kwargs):
        self.metadata = {}
        self.argparser = ArgumentParser()
        self.args = None

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
            if self.args.loops < 1:
                raise SystemExit("pyperf stand-in: --loops must be at least 1")
        return self.args

    def _done(self, name, loops):
        # Plain concatenation: the stand-in asks as little of the interpreter as it can.
        print(name + ": " + str(loops) + " loops")

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        loops = self.parse_args().loops
        for _ in range(loops):
            func(*args)
        self._done(name, loops)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        loops = self.parse_args().loops
        time_func(loops, *args)
        self._done(name, loops)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None):
        loops = self.parse_args().loops
        for _ in range(loops):
            coro = func(*args)
            try:
                while True:
                    coro.send(None)
            except StopIteration:
                pass
        self._done(name, loops)

    def bench_command(self, name, command):
        raise NotImplementedError("pyperf stand-in: bench_command is not supported")
