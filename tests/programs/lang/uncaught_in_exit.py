# An uncaught error raised by __exit__ while the body's exception propagates: both shown, chained.
class Transaction:
    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback because of", exc_type.__name__)
        raise OSError("rollback failed: connection lost")

with Transaction():
    print("working")
    {"a": 1}["b"]
