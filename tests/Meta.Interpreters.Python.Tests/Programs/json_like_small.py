def dump(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return '"' + v.replace('"', '\\"') + '"'
    if isinstance(v, list): return "[" + ", ".join(dump(x) for x in v) + "]"
    return "{" + ", ".join(dump(k) + ": " + dump(x) for k, x in v.items()) + "}"
print(dump({"a": [1, 2.5, None, True], "b": {"c": "q\"uote"}, "d": []}))
