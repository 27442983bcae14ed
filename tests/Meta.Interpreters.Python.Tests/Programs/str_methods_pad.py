# Padding, stripping and partitioning methods of str.
w = "cat"
print(repr(w.center(9)), repr(w.center(8, "*")), repr(w.ljust(6, ".")), repr(w.rjust(6)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("  x y  ".strip()), repr("  x y  ".lstrip()), repr("  x y  ".rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4))
print("Hello".startswith("He"), "Hello".endswith(("lo", "x")), "Hello".startswith("l", 2))
