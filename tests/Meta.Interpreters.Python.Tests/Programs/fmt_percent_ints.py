# %-formatting of integers: flags, width, precision, bases.
for v in [0, 7, -42, 255, 123456]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (v, v, v, v, v, v, v, v, v, v, v))
print("%i %u" % (3, 4), "%c%c" % (72, "i"), "%.3d" % 5, "%8.3d|" % -5)
print("%%d is literal: %d%%" % 50)
print("%*d|%-*d|" % (6, 42, 4, 7))
