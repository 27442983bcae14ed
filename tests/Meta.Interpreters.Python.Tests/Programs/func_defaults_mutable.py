# Default values are evaluated once: the mutable default pitfall and the None idiom.
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
def append_good(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_good(1), append_good(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), append_bad.__defaults__)
def kw_defaults(*, opts={}):
    opts[len(opts)] = True
    return opts
print(kw_defaults(), kw_defaults(), kw_defaults(opts={}))
