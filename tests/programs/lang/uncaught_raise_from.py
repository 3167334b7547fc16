# An uncaught error with an explicit cause, raised inside a class body, plus a note.
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        err = LookupError(f"no entry for {key!r}")
        err.add_note("available keys: " + ", ".join(sorted(table)))
        raise err from e

class Settings:
    print("building Settings")
    table = {"debug": False, "level": 3}
    value = lookup(table, "colour")
