# Rounding money with integers in cents versus floats; banker's rounding of halves.
prices = [19.995, 0.125, 2.675, 1.005, 10.0]
print([round(p, 2) for p in prices])
cents = [int(round(p * 100)) for p in prices]
print(cents, sum(cents) / 100, f"{sum(prices):.2f}")
def split_bill(total_cents, people):
    base, extra = divmod(total_cents, people)
    return [base + (1 if i < extra else 0) for i in range(people)]
shares = split_bill(10000, 3)
print(shares, sum(shares), [f"${s / 100:,.2f}" for s in shares])
