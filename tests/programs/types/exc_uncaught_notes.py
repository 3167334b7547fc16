# An uncaught exception with notes (add_note): the notes are printed after the message line;
# also a multi-line message and an exception whose str() is empty.
def validate(record):
    if "id" not in record:
        e = KeyError("id")
        e.add_note("while validating record " + repr(record))
        e.add_note("records need an 'id' field")
        raise e
    return record["id"]

print(validate({"id": 7}))
try:
    validate({})
except KeyError as e:
    print("caught once:", repr(e), e.__notes__)
try:
    raise ValueError("line one\nline two")
except ValueError as e:
    print("multi-line message:", str(e).splitlines())
validate({"name": "x"})
