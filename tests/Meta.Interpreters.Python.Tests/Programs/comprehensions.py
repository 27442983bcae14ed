print([x * 2 for x in range(5)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)], {x: x ** 2 for x in range(4)}, {c for c in "abracadabra"} == set("abrcd"))
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)], [v for row in m for v in row])
x = 10
print([x for x in range(3)], x)
print(sum(i * i for i in range(10)), list(zip(*m)), any(v > 5 for v in range(7)), all(v < 5 for v in range(7)))
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]], {len(w): w for w in words})
