# split/rsplit/splitlines/partition edge cases: separators at the ends, maxsplit, whitespace runs.
s = ",a,,b,"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
t = "  one  two three  "
print(t.split(), t.split(None, 1), t.rsplit(None, 1), t.split(" "))
print("a\nb\r\nc\n".splitlines(), "a\nb\r\nc\n".split("\n"), "\n".splitlines(), "x\x0by\x1cz".splitlines())
print("k=v=w".partition("="), "kvw".partition("="), "a.b.c".rpartition("."))
print("/".join("path/to/file".split("/")[:-1]), ",".join([]), "-".join("abc"))
