# match: mapping patterns with value sub-patterns and **rest.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {sorted(rest.items())}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [1, 2], "extra": True},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
]
for e in events:
    print(handle(e))
