# Lambdas: default arguments, immediately-invoked, conditional expressions, nested lambdas.
adders = [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([a(10) for a in adders])
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print(list(map(classify, [-2, 0, 5])))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3), (lambda *a, **k: (a, k))(1, x=2), (lambda x=5: x)())
