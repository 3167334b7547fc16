# except* handles part of a group; the unhandled rest propagates and is printed as an exception group.
def tasks():
    raise ExceptionGroup("task errors", [
        ValueError("bad input in task 1"),
        TimeoutError("task 2 timed out"),
        ValueError("bad input in task 3"),
    ])

try:
    tasks()
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueErrors")
print("not reached")
