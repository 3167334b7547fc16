# Seed section "Memory Management Insights", continued: the cycle is found by gc.
import sys
import gc

x = [1, 2, 3]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
z = [x, x]
print(sys.getrefcount(x))
del z
print(sys.getrefcount(x))

class Node:
    def __init__(self, value):
        self.value = value
        self.parent = None
        self.children = []

gc.collect()
parent = Node("parent")
child = Node("child")
parent.children.append(child)
child.parent = parent
print(child.parent.value, [c.value for c in parent.children])
print(sys.getrefcount(parent), sys.getrefcount(child))
del parent, child
# two Node instances, their two __dict__s and parent's children list
print(gc.collect())
print(gc.collect())
