s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower(), s.strip().swapcase())
print("a,b,,c".split(","), "a b  c".split(), "a b c".split(None, 1), "x".join(["1", "2", "3"]))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".count("l"), "hello world".title(), "hello".capitalize())
print("42".zfill(5), "-42".zfill(5), "ab".center(7, "*"), "ab".ljust(5, "-"), "ab".rjust(5), "abc".center(6))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "a\nb\r\nc".splitlines(), "abc".isalpha(), "123".isdigit(), " ".isspace())
print("a1".isalnum(), "ABC".isupper(), "abc".islower(), "x y z".rsplit(" ", 1), "prefix_rest".removeprefix("prefix_"))
