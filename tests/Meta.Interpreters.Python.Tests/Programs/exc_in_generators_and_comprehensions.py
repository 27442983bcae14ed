# Exceptions raised inside generators and comprehensions propagate to the consumer.
def gen():
    yield 1
    raise ValueError("from generator")

try:
    for x in gen():
        print("got", x)
except ValueError as e:
    print("caught", e)

try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print("comprehension", e)

try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("unpack", e)

def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
print(list(safe_div([(1, 2), (1, 0), (9, 3)])))
