# Every method of set.
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(sorted(s))
t = {3, 4, 5}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
print(sorted(s.union([9])), sorted(s.intersection(t, {4})), sorted(s.difference(t)), sorted(s.symmetric_difference(t)))
print(s.issubset({2, 3, 4, 5}), s.issuperset({2}), s.isdisjoint({7}), s <= s, s < s)
u = s.copy(); u.update([8, 9]); print(sorted(u))
u.intersection_update({8, 9, 2}); print(sorted(u))
u.difference_update({9}); print(sorted(u))
u.symmetric_difference_update({2, 7}); print(sorted(u))
print(u.pop() in {7, 8}, len(u))
u.clear(); print(u, len(u))
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(set("hello") == set("helo"), set() == frozenset())
