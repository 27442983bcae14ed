# A table of numbers in several bases with aligned columns and alternate forms.
print(f"{'dec':>5} {'hex':>6} {'oct':>6} {'bin':>10} {'chr':>4}")
for n in [0, 7, 32, 65, 100, 127, 255]:
    ch = repr(chr(n)) if 32 <= n < 127 else "-"
    print(f"{n:>5d} {n:>#6x} {n:>#6o} {n:>#10b} {ch:>4}")
print("{:#X} {:#o} {:08.3f} {:+.2e} {:^9.2%}|".format(48879, 8, 3.14159, 12345.678, 0.256))
