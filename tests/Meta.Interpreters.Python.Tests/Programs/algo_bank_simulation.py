# A small bank account simulation with classes, exceptions and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        self.id = Account.next_id
        Account.next_id += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
alice, bob = Account("alice", 100), Account("bob")
transfer(alice, bob, 30)
for action in [lambda: transfer(bob, alice, 50), lambda: alice.deposit(-5), lambda: transfer(alice, bob, 70)]:
    try:
        action()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(alice, bob, alice.log, bob.log)
