items = [(i % 4, i) for i in range(20)]
print(sorted(items, key=lambda t: t[0]))
print(sorted(items, key=lambda t: t[0], reverse=True)[:6])
words = "The quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums, sorted(nums, reverse=True), sorted([3.5, 1, 2.25, -1]), sorted([True, False, 0, 1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
