# float() of a malformed string.
readings = ["1.5", "2.25", "n/a"]
print(sum(float(r) for r in readings[:2]))
print(sum(float(r) for r in readings))
