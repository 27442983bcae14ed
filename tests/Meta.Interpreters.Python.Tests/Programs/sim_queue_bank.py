# A deterministic discrete-event simulation of a bank queue with a linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % n
rng = LCG(42)
arrivals, t = [], 0
for i in range(12):
    t += 1 + rng.next(4)
    arrivals.append((t, i, 2 + rng.next(5)))
tellers = [0, 0]
waits = []
for arrive, cid, service in arrivals:
    k = min(range(len(tellers)), key=lambda j: tellers[j])
    start = max(arrive, tellers[k])
    tellers[k] = start + service
    waits.append(start - arrive)
    print(f"customer {cid:2d} arrives {arrive:3d} teller {k} starts {start:3d} leaves {tellers[k]:3d}")
print("average wait", round(sum(waits) / len(waits), 3), "max wait", max(waits))
