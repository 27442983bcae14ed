print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("tab\tnew\nline\\"), repr("\x00\x7f"), repr("é"))
print(str(1), str(1.5), str([1, "a"]), repr([1, "a"]), str(("x",)), str({"k": [1, 2]}), str({1, 2}) if False else "")
print(ascii("é"), repr(None), repr(True), repr(()), repr((1,)), repr([]), repr({}), repr(set()))
