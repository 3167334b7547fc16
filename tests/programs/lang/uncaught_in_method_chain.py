# An uncaught error deep in method calls, properties and dunder methods.
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def ratio(self):
        return 100 / self.balance

    def __str__(self):
        return f"Account({self.ratio:.1f})"

class Bank:
    def __init__(self):
        self.accounts = [Account(50), Account(0)]

    def report(self):
        for account in self.accounts:
            print(str(account))

print("report:")
Bank().report()
