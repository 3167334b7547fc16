# An uncaught TypeError from a bad call inside nested classes and a static method: qualified names in the frames.
class Outer:
    class Inner:
        @staticmethod
        def compute(a, b):
            return a + b

        @classmethod
        def run(cls, values):
            return [cls.compute(*pair) for pair in values]

print(Outer.Inner.run([(1, 2), ("a", "b")]))
print(Outer.Inner.run([(1, 2), (3, "four")]))
