# Factorials, binomials and Fibonacci numbers beyond 64 bits.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30), fact(52))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print(binom(100, 50))
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a, a.bit_length(), a % 1000000007)
digits = sum(int(c) for c in str(fact(100)))
print(digits, str(fact(100)).count("0"))
