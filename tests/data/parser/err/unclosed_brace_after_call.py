# CPython: SyntaxError: '{' was never closed (line 3)
def f(self, text):
    self.check(text){

y = 1
