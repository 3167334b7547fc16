# An uncaught exception raised 'from' another: both tracebacks, joined by CPython's
# "The above exception was the direct cause of the following exception:" line.
class ConfigError(Exception):
    pass

def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError("missing setting " + repr(key)) from e

def setup():
    config = {"host": "localhost"}
    print("host:", load(config, "host"))
    print("port:", load(config, "port"))

print("setting up")
setup()
