# Dict and set comprehensions: inversion, grouping, filtering, nested.
words = ["apple", "bob", "civic", "dog", "eve", "level", "python"]
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
palindromes = {w for w in words if w == w[::-1]}
print(sorted(palindromes))
index = {w: i for i, w in enumerate(words)}
inverse = {i: w for w, i in index.items() if i % 2 == 0}
print(inverse)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if r != c}
print(len(grid), grid[(0, 2)], grid.get((1, 1), "diag"))
counts = {ch: "mississippi".count(ch) for ch in sorted(set("mississippi"))}
print(counts, {k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
