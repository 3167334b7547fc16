def outer(x):
    def inner():
        return x  # 'x' is a free variable in inner()
    return inner

# CPython creates a 'cell' object to store 'x'
# Both outer and inner reference the same cell
