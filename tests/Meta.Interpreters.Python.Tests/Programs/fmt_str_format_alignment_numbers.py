# str.format with numeric specs: signs, padding, percent, exponent and grouping combined.
for v in [3.14159, -2.5, 1234567.0, 0.00042]:
    print("{:+.2f}|{:10.3e}|{:>12,.1f}|{:.1%}|{:g}".format(v, v, v, v, v))
print("{0:*^11}|{0:0=+8d}|{1:,}".format(42, 10 ** 9), "{:b} {:o} {:x}".format(10, 10, 10))
print("{:06.2f} {:<6.1f}| {:^+7d}|".format(3.14159, 2.0, 5))
