# A misspelled builtin: the suggestion comes from builtins.
values = [3, 1, 2]
print(sorted(values))
print(lenn(values))
