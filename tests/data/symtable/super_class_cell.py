class Base:
    def method(self):
        return 1


class Child(Base):
    def method(self):
        return super().method()

    def uses_class(self):
        return __class__

    def nested(self):
        def helper():
            return super()
        return helper

    def lam(self):
        return lambda: super().method()

    @staticmethod
    def no_super():
        return 1

    supervisor = super


def not_a_method():
    return super()


class Outer:
    def m(self):
        class InnerClass:
            def n(self):
                return __class__
        return InnerClass
