# An exception raised while handling another (implicit chaining): "During handling of the above
# exception, another exception occurred:", with a three-level chain.
def cleanup(resource):
    print("cleaning", resource)
    return resource.close()

def work():
    try:
        return 1 / 0
    except ZeroDivisionError:
        try:
            cleanup(None)
        except AttributeError:
            raise RuntimeError("cleanup failed too")

print("working")
work()
