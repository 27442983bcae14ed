# any/all short-circuit on generators; sum with start values and floats.
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), calls)
calls.clear()
print(all(check(x) for x in [3, 4, 1, 5]), calls)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 100), sum([1.5, 2, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
