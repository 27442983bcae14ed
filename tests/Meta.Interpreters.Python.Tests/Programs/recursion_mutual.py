# Mutual recursion and memoized recursion over a dictionary.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))
memo = {}
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    key = (n, len(coins))
    if key not in memo:
        memo[key] = ways(n - coins[0], coins) + ways(n, coins[1:])
    return memo[key]
print(ways(100, [50, 25, 10, 5, 1]), len(memo))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
