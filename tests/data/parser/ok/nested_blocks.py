class A:
    def f(self):
        if x:
            for y in z:
                while w:
                    pass
    def g(self):
        pass
