a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= {1, 2, 3, 4, 5}, {1} < a, a > b)
s = set()
s.add(3); s.add(3); s.update([4, 5]); s.discard(9); s.remove(4)
print(sorted(s), len(s), 3 in s, frozenset([1, 2]) == frozenset([2, 1]), sorted(set("hello")))
print(sorted({x % 3 for x in range(10)}), a.issubset(a | b), a.isdisjoint({9}), sorted(a.union(b, {7})), sorted(a.intersection(b)))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
