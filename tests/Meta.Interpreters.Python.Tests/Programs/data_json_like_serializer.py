# A recursive JSON-like serializer with indentation, escaping and sorted keys.
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        inner = ",\n".join(pad + "  " + dump(x, indent + 1) for x in v)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {dump(v[k], indent + 1)}' for k in sorted(v))
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
doc = {"name": "metapy", "version": [0, 1], "tags": ["jit", "python"], "ok": True, "ratio": 0.5,
       "nested": {"empty": {}, "none": None, "text": 'say "hi"\nbye'}}
print(dump(doc))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
