# Returning tuples, unpacking in calls and dict unpacking into keyword arguments.
def divmod_all(pairs):
    return [divmod(a, b) for a, b in pairs]
def stats(*nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats(*[4, 8, 15, 16])
print(lo, hi, avg)
q, r = zip(*divmod_all([(17, 5), (9, 4), (100, 7)]))
print(q, r)
def connect(host, port=80, *, secure=False, **extra):
    return f"{host}:{port} secure={secure} extra={sorted(extra.items())}"
opts = {"port": 443, "secure": True, "timeout": 5}
print(connect("example.org", **opts), connect(*["localhost", 8080]))
try:
    connect("h", **{"host": "dup"})
except TypeError as e:
    print("TypeError:", e)
