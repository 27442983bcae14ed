words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()}, {w: i for i, w in enumerate(words) if i % 2 == 0})
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv, dict(zip(range(3), 'xyz')))
