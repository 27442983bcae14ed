# str.format_map with a dict subclass supplying defaults, plus rindex/rjust/ljust/zfill corners.
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} is {age}".format_map(Defaults(name="Ann")), "{a}{b}".format_map({"a": 1, "b": 2}))
s = "a-b-c"
print(s.rindex("-"), s.rjust(8, "."), s.ljust(8, "."), "-3".zfill(4), "".zfill(3), "+".zfill(3))
try:
    s.rindex("x")
except ValueError as e:
    print("ValueError:", e)
print("Ab".isupper(), "AB1".isupper(), "ab_".islower(), "Hello World".istitle(), "Hello world".istitle())
print("٣٤".isdecimal(), "²".isdigit(), "²".isdecimal(), "Ⅷ".isnumeric(), "x²".isalnum(), "\t\n ".isspace())
