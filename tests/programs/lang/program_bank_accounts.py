# A small bank simulation: classes, custom exceptions, properties, class attributes, a ledger, and reports.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account = account
        self.amount = amount

class FrozenAccount(Exception):
    pass

class Account:
    next_id = 1
    ledger = []

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.record("open", balance)

    @property
    def balance(self):
        return self._balance

    def record(self, action, amount):
        Account.ledger.append((self.id, action, amount, self._balance))

    def check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} of {self.owner} is frozen")

    def deposit(self, amount):
        self.check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.record("deposit", amount)
        return self

    def withdraw(self, amount):
        self.check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.record("withdraw", amount)
        return self

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self._balance})"

class SavingsAccount(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self._balance += interest
        self.record("interest", interest)
        return interest

class CheckingAccount(Account):
    overdraft = 100
    def withdraw(self, amount):
        self.check()
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.record("withdraw", amount)
        return self

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise RuntimeError("transfer failed") from e
    else:
        dst.deposit(amount)

alice = SavingsAccount("alice", 1000)
bob = CheckingAccount("bob", 50)
carol = Account("carol")
print(alice, bob, carol)
alice.deposit(250).withdraw(100)
print(alice.add_interest(), alice)
bob.withdraw(120)
print(bob)
operations = [
    lambda: bob.withdraw(100),
    lambda: carol.deposit(-5),
    lambda: transfer(carol, alice, 10),
    lambda: transfer(alice, carol, 300),
]
for op in operations:
    try:
        op()
        print("ok:", alice, bob, carol)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| amount", e.amount)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", e.__cause__)
    except ValueError as e:
        print("ValueError:", e)
carol.frozen = True
try:
    carol.deposit(1)
except FrozenAccount as e:
    print("FrozenAccount:", e)
try:
    alice.balance = 0
except AttributeError as e:
    print("AttributeError:", e)
print("ledger:")
for entry in Account.ledger:
    print("  #%d %-8s %8.2f -> %8.2f" % entry)
by_type = {}
for acct in (alice, bob, carol):
    by_type.setdefault(type(acct).__name__, []).append(acct.owner)
print(by_type, sum(a.balance for a in (alice, bob, carol)))
print(sorted((alice, bob, carol), key=lambda a: a.balance))
