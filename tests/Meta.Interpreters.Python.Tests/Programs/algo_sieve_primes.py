# Prime sieves, factorization and a primality test.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]
primes = sieve(200)
print(len(primes), primes[:10], primes[-3:])
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(factor(360), factor(97), factor(2 ** 31 - 1), factor(600851475143))
def is_prime(n):
    return n > 1 and all(n % p for p in range(2, int(n ** 0.5) + 1))
print([n for n in range(90, 110) if is_prime(n)])
