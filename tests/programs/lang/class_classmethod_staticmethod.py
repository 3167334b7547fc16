# classmethod and staticmethod: binding, alternative constructors, access through instances.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), Date.created)

cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
bound = Date.from_string
print(type(bound).__name__, bound.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(type(Date.is_leap).__name__, Date.is_leap is sm.__func__)
print(Date(2, 2, 2).from_string.__self__ is Date)

# classmethod called through an instance binds the class
d = MyDate(3, 3, 3)
print(d.from_string("2000-1-1"))

# staticmethod objects are callable directly (3.10+)
print(sm(2024), callable(sm), callable(cm))

class Counter:
    instances = 0
    def __init__(self):
        type(self).increment()
    @classmethod
    def increment(cls):
        cls.instances += 1
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)

# wrapping other decorators
class Stacked:
    @classmethod
    @property
    def chained(cls):
        return f"classmethod property on {cls.__name__}"
print(Stacked.chained)

def plain(x):
    return x
print(staticmethod(plain)(5), classmethod(plain).__get__(None, int)())
print(staticmethod(plain).__wrapped__ is plain, classmethod(plain).__wrapped__ is plain)
