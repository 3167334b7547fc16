SECONDS = 60 * 60 * 24
MASK = (1 << 32) - 1
GREETING = "hello, " + "world"
PARTS = ("a", "b") * 3
BIG = 2 ** 100
NOT_FOLDED = 2 ** 10000
NEGATIVE = -(5)
index = "abc"[1]
if __debug__:
    print("debug")
while False:
    print("never")
