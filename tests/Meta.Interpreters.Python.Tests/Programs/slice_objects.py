# slice objects: attributes, indices(), use as subscripts.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
data = list(range(12))
print(data[s], data[slice(None, 3)], "abcdef"[slice(1, None, 2)])
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[1:2, 3], p[...])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
