# Late binding in closures created in loops, and the default-argument fix.
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

def make_multipliers():
    result = []
    for k in (2, 3, 4):
        def mul(x, k=k):
            return x * k
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()()
print(outer())
