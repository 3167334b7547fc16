# An uncaught error raised in a finally block while another is propagating, from nested calls.
def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")

def work():
    resource = "tempfile"
    try:
        print("working")
        [1, 2, 3][10]
    finally:
        cleanup(resource)

work()
