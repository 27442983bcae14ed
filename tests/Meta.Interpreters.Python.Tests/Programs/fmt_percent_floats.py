# %-formatting of floats: f, e, g with precision, width and flags.
for v in [0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-5, 2.5e10]:
    print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%+.1f" % (v, v, v, v, v, v, v, v, v))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%#.0f" % 3, "%g" % 100000, "%g" % 1000000)
print("%s %r" % (float("inf"), float("nan")), "%5.1f%%" % 99.44)
