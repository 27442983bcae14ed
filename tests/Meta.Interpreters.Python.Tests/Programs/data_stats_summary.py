# Descriptive statistics computed by hand: mean, median, mode, variance, percentiles.
data = [12, 15, 12, 18, 21, 15, 12, 30, 27, 15, 12, 9]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
var = sum((x - mean) ** 2 for x in data) / (n - 1)
def percentile(p):
    k = (n - 1) * p
    lo, hi = int(k), min(int(k) + 1, n - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)
print(f"n={n} mean={mean:.4f} median={median} mode={mode}")
print(f"variance={var:.4f} stdev={var ** 0.5:.4f} range={s[-1] - s[0]}")
print([round(percentile(p), 2) for p in (0.1, 0.25, 0.5, 0.75, 0.9)])
hist = {b: sum(1 for x in data if b <= x < b + 5) for b in range(5, 35, 5)}
for b, c in hist.items():
    print(f"{b:2d}-{b + 4:2d} {'*' * c}")
