class BankAccount:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"
acct = BankAccount("ann", 100)
acct.deposit(50).withdraw(30)
acct.apply_interest()
print(acct, acct.history)
for amount in (500, -5):
    try:
        if amount > 0:
            acct.withdraw(amount)
        else:
            acct.deposit(amount)
    except ValueError as e:
        print("error:", e)
