# Deeply nested blocks: loops, try/finally, with, if/else and functions nested many levels deep.
class CM:
    def __init__(self, log, name):
        self.log, self.name = log, name
    def __enter__(self):
        self.log.append("+" + self.name)
    def __exit__(self, *a):
        self.log.append("-" + self.name)

def nested(n):
    log = []
    total = 0
    for a in range(n):
        if a % 2 == 0:
            for b in range(a):
                try:
                    with CM(log, f"{a}{b}"):
                        while b > 0:
                            try:
                                if b == 2:
                                    raise ValueError(b)
                                for c in range(b):
                                    if c == 1:
                                        continue
                                    try:
                                        total += a * b + c
                                        if total > 60:
                                            break
                                    finally:
                                        total += 1
                                else:
                                    total += 100
                            except ValueError as e:
                                total -= e.args[0]
                            finally:
                                b -= 1
                except Exception:
                    log.append("never")
        else:
            total -= a
    return total, len(log), log[:6]
print(nested(5))
print(nested(7))

def levels(depth):
    if depth == 0:
        return 0
    def inner():
        return levels(depth - 1) + 1
    return inner()
print(levels(30))

def twenty():
    x = 0
    if True:
        if True:
            if True:
                if True:
                    if True:
                        if True:
                            if True:
                                if True:
                                    if True:
                                        if True:
                                            for i in range(2):
                                                for j in range(2):
                                                    for k in range(2):
                                                        for l in range(2):
                                                            while x < 1000:
                                                                try:
                                                                    try:
                                                                        try:
                                                                            x += i + j + k + l + 1
                                                                            break
                                                                        finally:
                                                                            x += 1
                                                                    finally:
                                                                        x += 1
                                                                finally:
                                                                    x += 1
    return x
print(twenty())

def nested_functions():
    def a():
        def b():
            def c():
                def d():
                    def e():
                        return "e"
                    return "d" + e()
                return "c" + d()
            return "b" + c()
        return "a" + b()
    return a()
print(nested_functions())

result = [[[[[i + j + k + l + m for m in range(2)] for l in range(2)] for k in range(2)] for j in range(2)] for i in range(2)]
print(result[1][1][1][1], sum(sum(sum(sum(sum(x) for x in y) for y in z) for z in w) for w in result))
