# argparse: positionals, options, types, choices, defaults, subcommands, help and errors
import argparse
import sys

p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("files", nargs="+")
p.add_argument("-n", "--count", type=int, default=1, help="how many")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("--mode", choices=["a", "b"], default="a")
p.add_argument("--tag", action="append")
print(p.parse_args(["x", "y", "-n", "3", "--verbose", "--tag", "t1", "--tag=t2"]))
print(p.parse_args(["f", "--mode", "b"]))
print(p.format_usage(), end="")
print(p.format_help(), end="")
for argv in (["-n", "x", "f"], [], ["f", "--mode", "c"], ["f", "--bogus"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

p2 = argparse.ArgumentParser(prog="git")
sub = p2.add_subparsers(dest="cmd")
c = sub.add_parser("commit")
c.add_argument("-m")
print(p2.parse_args(["commit", "-m", "msg"]))
print(p2.parse_known_args(["commit", "--x"]))
g = p2.add_mutually_exclusive_group()
g.add_argument("--on", action="store_true")
g.add_argument("--off", action="store_true")
try:
    p2.parse_args(["--on", "--off"])
except SystemExit as e:
    print("exit", e.code)
