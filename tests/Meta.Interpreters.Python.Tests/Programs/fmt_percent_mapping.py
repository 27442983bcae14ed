# %-formatting with a mapping, %s/%r/%a, tuples and errors.
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"]}
print("%(name)s is %(age)d and speaks %(langs)r" % data)
print("%s|%r|%a" % ("é", "é", "é"), "%s" % (1, ), "%s" % [1, 2], "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
print("%s and %s" % ("a", "b"), "single %s" % "x", "tuple %s" % ((1, 2),))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%(k)s" % {"j": 1}, lambda: "%z" % 1]:
    try:
        bad()
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
