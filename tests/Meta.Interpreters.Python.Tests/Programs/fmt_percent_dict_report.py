# %-formatting driven by dictionaries in a loop, with width and precision from data.
stock = [{"sym": "ABC", "px": 12.5, "chg": 0.031}, {"sym": "LONGNAME", "px": 1234.0, "chg": -0.0049},
         {"sym": "Z", "px": 0.75, "chg": 0.0}]
for row in stock:
    print("%(sym)-8s %(px)10.2f %(chg)+8.2f%%" % {**row, "chg": row["chg"] * 100})
print("%-*s|%*s|" % (6, "left", 6, "right"), "%.*f" % (2, 3.14159), "%5.1s|" % "xyz")
print("%x %o %e %g %G" % (255, 8, 0.000123, 0.000123, 1e20))
