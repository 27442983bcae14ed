print({3, 1, 2}, set(range(20, 0, -1)), {100, 5, 33, 8, 16, 64, 1000, -1, -7})
print({x * 7 % 50 for x in range(40)}, list({9, 17, 1}), frozenset({5, 3}), {(1, 2), (0, 1)})
s = set()
for v in [40, 8, 3, 16, 77, 5]:
    s.add(v)
print(s, [v for v in s], sorted(s), {True, 2, 0.5})
