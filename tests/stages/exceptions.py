try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
except (TypeError, ValueError):
    raise
else:
    pass
finally:
    print("done")

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    pass

with open("f") as f, open("g") as g:
    assert f, "message"
