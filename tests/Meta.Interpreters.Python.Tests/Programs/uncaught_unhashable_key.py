# Using a list as a dict key.
cache = {}
key = [1, 2]
print("caching")
cache[key] = "value"
