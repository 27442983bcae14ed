# A misspelled method of a builtin type.
words = ["b", "a"]
words.sort()
print(words)
words.apend("c")
