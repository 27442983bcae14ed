# Set algebra on larger sets, subset chains, frozenset keys and set comprehension equality.
evens = set(range(0, 30, 2))
threes = {n for n in range(30) if n % 3 == 0}
print(sorted(evens & threes), len(evens | threes), sorted(threes - evens)[:5], len(evens ^ threes))
a, b, c = {1}, {1, 2}, {1, 2, 3}
print(a < b < c, c > a, a <= a, b.issubset(c), c.issuperset([1, 2]), a.isdisjoint({2}))
groups = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(groups[frozenset([2, 1])], frozenset() in groups)
s = set()
for word in "the quick brown the lazy quick".split():
    s.add(word)
print(sorted(s), len(s))
print({x % 5 for x in range(100)} == set(range(5)), set("abc") == {"c", "b", "a"})
