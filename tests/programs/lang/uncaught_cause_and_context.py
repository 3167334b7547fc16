# An uncaught error whose chain mixes an explicit cause and an implicit context, three exceptions long.
def read_config():
    try:
        int("not a number")
    except ValueError as e:
        raise KeyError("port") from e

def start():
    try:
        read_config()
    except KeyError:
        raise RuntimeError("server failed to start")

print("starting")
start()
