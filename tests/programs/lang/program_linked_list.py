# A singly linked list class implementing the sequence protocols: iteration, indexing, slicing, equality, repr.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for item in reversed(list(iterable)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        for i, value in enumerate(self):
            if i == index:
                return value

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __reversed__(self):
        return reversed(list(self))

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __add__(self, other):
        return LinkedList([*self, *other])

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::-1])
print(3 in ll, 9 in ll, list(reversed(ll)), sorted(ll), sum(ll), max(ll))
ll.push(0)
print(ll.pop(), ll.pop(), ll)
ll.reverse()
print(ll, ll == LinkedList([5, 1, 4, 1]), ll != LinkedList([5]), ll == [5, 1, 4, 1])
print(ll + LinkedList("ab"), ll + [9])
a, *rest = ll
print(a, rest, bool(LinkedList()), bool(ll))
empty = LinkedList()
for bad in [lambda: empty.pop(), lambda: ll[10], lambda: ll["x"]]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(dict(enumerate(LinkedList("xyz"))), "-".join(LinkedList(["p", "q"])))
big = LinkedList(range(1000))
print(len(big), big[999], big[500:503])
