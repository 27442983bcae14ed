# Nested counting with dict.get and setdefault: bigrams and co-occurrence tables.
text = "the cat sat on the mat the cat ran"
words = text.split()
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams.setdefault(a, {})
    bigrams[a][b] = bigrams[a].get(b, 0) + 1
for w in sorted(bigrams):
    print(w, sorted(bigrams[w].items(), key=lambda kv: (-kv[1], kv[0])))
most = max(((a, b, n) for a, d in bigrams.items() for b, n in d.items()), key=lambda t: (t[2], t[0], t[1]))
print(most)
