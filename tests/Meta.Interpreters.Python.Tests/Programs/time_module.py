import time
t0 = time.time()
p0 = time.perf_counter()
s = sum(range(10000))
print(time.time() >= t0, time.perf_counter() >= p0, s)
