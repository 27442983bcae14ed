# A memoizing decorator keyed by arguments, applied to recursive functions.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
@memoize
def partitions(n, largest):
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))
print(grid_paths(16, 16), len(grid_paths.cache))
print([partitions(n, n) for n in range(1, 15)], partitions(60, 60))
