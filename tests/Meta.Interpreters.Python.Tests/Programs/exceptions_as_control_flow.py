# EAFP style: exceptions used for lookups, conversions and early exits from nested loops.
def to_number(s):
    for conv in (int, float, complex):
        try:
            return conv(s)
        except ValueError:
            continue
    return None
print([to_number(s) for s in ["12", "1.5", "2+3j", "x"]])
class Found(Exception):
    pass
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
try:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 42:
                raise Found((r, c))
except Found as f:
    print("found at", f.args[0])
config = {"a": {"b": {"c": 1}}}
def lookup(path):
    node = config
    try:
        for part in path.split("."):
            node = node[part]
        return node
    except (KeyError, TypeError) as e:
        return f"missing ({type(e).__name__})"
print(lookup("a.b.c"), lookup("a.x"), lookup("a.b.c.d"))
