# Large integers as strings: digit sums, palindromic numbers, and int/str round trips.
n = 2 ** 1000
s = str(n)
print(len(s), sum(map(int, s)), s[:10], s[-10:])
def next_palindrome(k):
    k += 1
    while str(k) != str(k)[::-1]:
        k += 1
    return k
print([next_palindrome(x) for x in [8, 99, 120, 12345, 10 ** 9]])
big = int("1" * 60)
print(big % 7, big // 10 ** 50, int(str(big)[::-1]) == big, len(str(big * big)))
print(f"{2 ** 64:,}", f"{-(3 ** 50):_}", str(10 ** 25 + 1).count("0"))
