s = "Hello"
print(s * 3, s[1:-1], s[-100:100], s[::-2], "".join(reversed(s)), s.lower().count("l"), s.index("l"))
print("-".join(str(i) for i in range(5)), "a,b;c".replace(";", ",").split(","), " x ".strip() == "x")
print("one two three".split(" ", 1), "a  b".split(" "), ",".join([]), "abc".split("b"), "".split(), " a ".split())
print("Ab".swapcase(), "hello world".capitalize(), "hello"[::-1] == "olleh", "abc".upper().isupper(), "12".isdigit() and "1a".isdigit())
print("{}/{}".format("a", "b"), "%05.1f" % 3.14159, "%-6s|" % "ab", "%+d" % 5, "%x" % 255, "%s %s" % (1, [2]))
text = "the cat sat on the mat"
print(text.count("at"), text.find("the", 1), text.rfind("the"), text.startswith("cat", 4), text.endswith("mat"), text.replace("the ", ""))
