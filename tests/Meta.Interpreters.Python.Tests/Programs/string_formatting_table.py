rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print("-" * 23)
total = sum(q * p for _, q, p in rows)
print(f"{'total':<10}{total:>13.2f}")
print("{:=^23}".format(" end "))
for n in (0, 7, 42, 255):
    print("{0:>4d} {0:>4x} {0:>8b} {0:>4o}".format(n))
