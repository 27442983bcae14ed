# Tuples containing mutable objects: mutation through the tuple, hashing rules, += rebinding.
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), hash(()) == hash(()))
try:
    hash((1, {}))
except TypeError as e:
    print("TypeError:", e)
