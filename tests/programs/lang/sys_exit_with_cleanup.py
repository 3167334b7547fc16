# sys.exit inside a generator, a with block and nested finally: every cleanup runs, then the exit code.
import sys

class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, "with", exc_type.__name__ if exc_type else None)
        return False

def producer():
    try:
        yield 1
        print("producer asks to exit")
        sys.exit(4)
    finally:
        print("producer finally")

with Guard("outer"):
    try:
        for item in producer():
            with Guard("inner"):
                print("got", item)
    finally:
        print("loop finally")
print("never printed")
