# Recursive generators with yield from: tree traversals in three orders and flattening.
tree = ("A", ("B", ("D", None, None), ("E", None, None)), ("C", None, ("F", None, None)))
def preorder(t):
    if t:
        yield t[0]
        yield from preorder(t[1])
        yield from preorder(t[2])
def inorder(t):
    if t:
        yield from inorder(t[1])
        yield t[0]
        yield from inorder(t[2])
def postorder(t):
    if t:
        yield from postorder(t[1])
        yield from postorder(t[2])
        yield t[0]
print("".join(preorder(tree)), "".join(inorder(tree)), "".join(postorder(tree)))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []])], 5, [[[6]]]])))
def depth_first_paths(t, path=""):
    if t is None:
        return
    path += t[0]
    if t[1] is None and t[2] is None:
        yield path
    yield from depth_first_paths(t[1], path)
    yield from depth_first_paths(t[2], path)
print(list(depth_first_paths(tree)))
