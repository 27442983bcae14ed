import math
inf = float('inf')
nan = float('nan')
print(inf + 1, -inf * 2, inf - inf, nan > 1, nan < 1, inf > 1e308, math.isinf(-inf))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2, 0.1 * 3, 1.1 + 2.2, 3 * 1.1)
print(max(1, 2.5), min(-0.0, 0), abs(-0.0), 5 // 2.0, 5 % 2.5, -5 % 3.0, 2 ** -2)
