# The math functions CPython takes from the C library, and frexp/ldexp/modf/remainder/ulp/perm.
import math

for x in [0.0, -0.0, 0.5, 1.0, 2.0, 10.0, -3.25, 1e-300, 1e300, float('inf'), float('-inf'), float('nan'), 5e-324]:
    row = []
    for name in ['acosh', 'asinh', 'atanh', 'cbrt', 'erf', 'erfc', 'exp2', 'expm1', 'log1p', 'frexp', 'modf', 'ulp']:
        try:
            row.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(x, ' '.join(row))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1080), math.ldexp(-0.0, 5), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(math.remainder(10, 3), math.remainder(-7.5, 2), math.remainder(5, float('inf')), math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(50, 20))
for bad in [lambda: math.ldexp(1.0, 10000), lambda: math.ldexp(1.0, 1.5), lambda: math.remainder(float('inf'), 1), lambda: math.remainder(1, 0),
            lambda: math.perm(-1), lambda: math.perm(3, -1), lambda: math.perm(2.0), lambda: math.erf()]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
