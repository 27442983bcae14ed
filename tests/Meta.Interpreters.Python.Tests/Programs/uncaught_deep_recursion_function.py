# Deep recursion without a base case: RecursionError after printing progress.
def countdown(n):
    if n % 250 == 0:
        print("at", n)
    return countdown(n - 1)
countdown(1000)
