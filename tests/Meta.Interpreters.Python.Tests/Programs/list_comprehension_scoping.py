# Comprehension scopes: the loop variable does not leak; class bodies see only the first iterable.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
class Config:
    base = 10
    values = [v for v in range(3)]
    firsts = [base + i for i in range(2)] if False else None
print(Config.values, Config.firsts)
class C2:
    n = 3
    try:
        doubled = [n * i for i in range(2)]
    except NameError as e:
        error = str(e)
print(C2.error)
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [v for row in matrix for v in row if v]
print(matrix, flat)
gen = (i for i in range(3))
print(sum(gen), sum(gen))
