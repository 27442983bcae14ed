def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = list(range(0, 100, 3))
print([bsearch(a, x) for x in (-1, 0, 1, 3, 50, 99, 100)], a[bsearch(a, 51)])
