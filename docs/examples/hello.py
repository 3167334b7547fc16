def greet(name: str) -> str:
    """Say hello."""
    return f"Hello, {name!r}!"  # an f-string


if __name__ == "__main__":
    print(greet("world"))
