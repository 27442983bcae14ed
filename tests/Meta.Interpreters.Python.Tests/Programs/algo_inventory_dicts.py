# Inventory bookkeeping with nested dicts, setdefault, sorting by multiple keys.
orders = [("apple", "fruit", 3), ("carrot", "veg", 5), ("apple", "fruit", 2), ("kale", "veg", 1), ("fig", "fruit", 7)]
by_category = {}
totals = {}
for name, cat, qty in orders:
    by_category.setdefault(cat, {}).setdefault(name, 0)
    by_category[cat][name] += qty
    totals[cat] = totals.get(cat, 0) + qty
print(by_category)
print(totals, max(totals, key=totals.get))
ranking = sorted(((qty, name) for cat in by_category.values() for name, qty in cat.items()), key=lambda t: (-t[0], t[1]))
print(ranking)
inverted = {}
for cat, items in by_category.items():
    for name in items:
        inverted[name] = cat
print(dict(sorted(inverted.items())))
