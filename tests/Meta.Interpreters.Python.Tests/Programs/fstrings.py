x, y, name = 3.14159, 42, "bob"
print(f"{x:.2f} {y:5d} {y:<5}| {name!r} {name:>6} {y:x} {y:08b} {y:#x} {1234567:,} {0.5:%} {x:e}")
print(f"{y=}", f"{x*2:.3}", f"{'nested'}", f"{{literal}}", f"{y:+d}", f"{-y: d}", f"{x:10.4f}|", f"{name:^9}|")
w = 8
print(f"{x:{w}.{2}f}|", f"{12345.678:_.1f}", f"{1e20:g}", f"{0.00001234:g}", f"{123.0:g}", f"{100:o}")
