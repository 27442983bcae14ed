# sorted/min/max with keys, reverse, defaults and stability.
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words), max(words, key=len), min([], default="none"), max(3, 9, 2), min("hello"))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted({3: "c", 1: "a"}), sorted("bca", reverse=True), sorted([3, 1, 2]) == [1, 2, 3])
