primes = {n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))}
print(sorted(primes), len(primes), 47 in primes, sorted(primes & {2, 4, 5}), sorted({1, 2} | primes)[:5])
letters = set('hello world') - {' '}
print(sorted(letters), len(letters))
