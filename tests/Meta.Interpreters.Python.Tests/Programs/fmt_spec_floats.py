# Float presentation types: f, e, g, %, and the default repr-like formatting.
values = [0.1, 1.0, 123.456, 1e16, 1.5e-7, -2.0 / 3]
for v in values:
    print(f"{v} | {v:.3f} | {v:.2e} | {v:g} | {v:.3g} | {v:.1%} | {v:10.4}|")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {1e100:.2g} {12345.678:.0f}")
print(f"{0.5:.0f} {1.5:.0f} {2.675:.2f} {1.005:.2f} {100:.2%} {1/3:.10f}")
