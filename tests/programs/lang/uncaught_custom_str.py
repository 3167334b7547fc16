# Uncaught user exceptions: a custom __str__, a qualified class name, and a failing __str__ is not used.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return f"setting {self.key!r}: {self.problem}"

class Outer:
    class Inner(ConfigError):
        pass

def validate(config):
    for key, value in config.items():
        if not isinstance(value, int):
            raise Outer.Inner(key, f"expected int, got {type(value).__name__}")
    return True

print(validate({"a": 1}))
validate({"a": 1, "b": "two"})
