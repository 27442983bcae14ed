text = '''It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.'''
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), top)
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {line[:30]:<30}| {len(line):3d}")
print(" ".join(w.capitalize() for w in words[:6]), text.count("it was"), text.index("age"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(sorted(set(words)))[:40])
