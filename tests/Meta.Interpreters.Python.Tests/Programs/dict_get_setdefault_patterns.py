stock = {'apple': 3}
stock['apple'] = stock.get('apple', 0) + 2
stock['pear'] = stock.get('pear', 0) + 1
print(stock, stock.setdefault('kiwi', 9), stock.setdefault('apple', 0))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups, sorted(groups.values(), key=len))
