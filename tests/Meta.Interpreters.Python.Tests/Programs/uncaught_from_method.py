class Account:
    def __init__(self):
        self.balance = 0
    def withdraw(self, n):
        if n > self.balance:
            raise ValueError(f'cannot withdraw {n}')
Account().withdraw(5)
