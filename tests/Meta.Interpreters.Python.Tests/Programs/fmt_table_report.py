# A formatted report table with column widths computed from the data.
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 99.999)]
headers = ("Item", "Qty", "Price", "Total")
w = max(len(r[0]) for r in rows + [headers])
print(f"{headers[0]:<{w}} | {headers[1]:>4} | {headers[2]:>8} | {headers[3]:>9}")
print("-" * (w + 30))
grand = 0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{item:<{w}} | {qty:>4d} | {price:>8.2f} | {total:>9,.2f}")
print("=" * (w + 30))
print(f"{'TOTAL':<{w}} | {'':>4} | {'':>8} | {grand:>9,.2f}")
