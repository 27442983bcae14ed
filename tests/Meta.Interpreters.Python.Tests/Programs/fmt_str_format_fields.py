# str.format: automatic, positional and keyword fields, attributes, indexes, conversions.
class P:
    def __init__(self):
        self.x = 3
        self.items = ["a", "b"]
    def __repr__(self):
        return "P()"
p = P()
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{name}-{n}".format(name="x", n=2))
print("{0.x} {0.items[1]} {d[key]} {d[0]}".format(p, d={"key": "v", 0: "zero"}))
print("{!r} {!s} {!a}".format("é", p, "é"), "{{literal}} {}".format(1), "{:{w}}|".format("ab", w=5))
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{2}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
