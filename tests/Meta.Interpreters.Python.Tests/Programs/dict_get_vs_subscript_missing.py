# dict.get, setdefault, pop with defaults versus KeyError from subscripting; KeyError messages.
d = {"a": 1, (1, 2): "tuple", None: "none"}
print(d.get("zz"), d.get("zz", 0), d[(1, 2)], d[None], d.pop("missing", "dflt"), d.setdefault("b", []))
for key in ["missing", (3, 4), 5, ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
d["b"].append(1)
print(d)
