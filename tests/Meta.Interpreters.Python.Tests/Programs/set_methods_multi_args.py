# set methods with several arguments and arbitrary iterables; in-place operators.
s = {1, 2, 3, 4}
print(sorted(s.union([5], (6,), range(7, 9))), sorted(s.intersection([1, 2, 3], {2, 3})), sorted(s.difference([1], {2})))
t = set(s)
t.update("ab", [9])
print(sorted(t, key=str))
t |= {10}; t &= {1, 2, 10, "a"}; t -= {2}; t ^= {1, 99}
print(sorted(t, key=str))
u = {1, 2}
u.difference_update([1], [2, 3])
print(u)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
