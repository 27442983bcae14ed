# A round-robin scheduler over generator-based tasks with priorities.
def task(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
    return f"{name} done"
queue = [(2, "low", task("low", 2)), (0, "high", task("high", 3)), (1, "mid", task("mid", 1))]
queue.sort()
results = []
while queue:
    prio, name, t = queue.pop(0)
    try:
        print(next(t))
        queue.append((prio, name, t))
        queue.sort(key=lambda e: e[0])
    except StopIteration as e:
        results.append(e.value)
print(results)
