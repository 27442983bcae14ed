# Grouping anagrams and finding the most common letters.
words = "listen silent enlist google gooegl cat act tac dog god odg banana".split()
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
letters = {}
for w in words:
    for c in w:
        letters[c] = letters.get(c, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(max(groups.values(), key=len), [g for g in groups.values() if len(g) == 1])
