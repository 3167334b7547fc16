import sys

# Understanding reference counting
x = [1, 2, 3]
print(sys.getrefcount(x))  # Should be 2 (x + getrefcount parameter)

y = x  # Increment reference count
print(sys.getrefcount(x))  # Should be 3

del y  # Decrement reference count
print(sys.getrefcount(x))  # Back to 2

# Circular references require garbage collector
class Node:
    def __init__(self, value):
        self.value = value
        self.parent = None
        self.children = []

# Create circular reference
parent = Node("parent")
child = Node("child")
parent.children.append(child)
child.parent = parent  # Circular reference

# Without GC, this would be a memory leak
# CPython's cycle detector will find and clean this up
