# split, rsplit, splitlines and join.
print("a,b,,c".split(","), "a b  c ".split(), "  ".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), " a b c ".rsplit(None, 1))
print("line1\nline2\r\nline3\rline4".splitlines())
print("x\ny\n".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join(map(str, range(5))), ", ".join(("x",)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
