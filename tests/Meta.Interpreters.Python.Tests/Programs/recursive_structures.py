def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3, []]], []]))
def count_leaves(tree):
    if isinstance(tree, tuple):
        return sum(count_leaves(t) for t in tree)
    return 1
print(count_leaves(((1, 2), (3, (4, 5)), 6)))
a = [1, 2]
a.append(a)
print(a)
