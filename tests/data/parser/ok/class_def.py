class A:
    pass
class B(A, metaclass=M):
    x = 1
    def f(self):
        return self.x
class C(): pass
