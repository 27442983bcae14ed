# f-string features: expressions, nested specs, conversions, = debugging, quotes.
name, width, prec = "pi", 10, 3
value = 3.14159
print(f"{name!r:>{width}} = {value:{width}.{prec}f}")
print(f"{value=}", f"{name=!s}", f"{1 + 2=}", f"{value=:.2f}")
items = {"a": 1, "b": 2}
print(f"{items['a'] + items['b']} {len(items)} {[k for k in items]} {'yes' if items else 'no'}")
print(f"{'{'}{'}'} {{escaped}} {3:{'>'}{5}}")
nested = [[1, 2], [3, 4]]
print(f"{nested[1][0]} {sum(x for row in nested for x in row)} {max(nested)[::-1]}")
