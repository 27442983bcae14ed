# An exception raised inside an except block: "During handling..." chain; last line is the new one.
def convert(s):
    try:
        return int(s)
    except ValueError:
        return fallback[s]
print(convert("5"))
print(convert("five"))
