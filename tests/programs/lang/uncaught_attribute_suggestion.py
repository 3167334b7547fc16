# An uncaught AttributeError on an instance: CPython 3.11 adds "Did you mean: ...?" to the last line.
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30

    def describe(self):
        return f"timeout={self.timeout}"

config = Config()
print(config.describe())
print(config.timeuot)
