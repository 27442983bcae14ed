# A failing assert with a formatted message.
def check_balance(balance):
    assert balance >= 0, f"negative balance: {balance}"
    return balance
print(check_balance(10))
check_balance(-3)
