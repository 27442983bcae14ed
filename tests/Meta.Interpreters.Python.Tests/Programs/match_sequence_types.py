# Which subjects sequence and mapping patterns accept: lists, tuples, ranges, but not strings or dicts.
def kind(x):
    match x:
        case [*_]:
            return "sequence"
        case {**rest}:
            return f"mapping with {len(rest)} keys"
        case str() | bytes():
            return "text"
        case _:
            return "other"
for x in [[1], (1, 2), range(3), "abc", b"ab", {"a": 1}, {1, 2}, 5, None]:
    print(type(x).__name__, kind(x))
match range(5):
    case [0, 1, *rest]:
        print("range starts 0 1, rest", rest)
