# match/search convert pos and endpos before they look at the subject
import re, sys
p = re.compile('x')
for args in [(b"xxx", sys.maxsize + 1), ("xxx", 0, sys.maxsize + 1), (b"xxx", 0)]:
    try:
        print(p.match(*args))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(p.search("axx", -5, 10**6))
