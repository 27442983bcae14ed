# for/while else clauses with break, and try/else inside loops.
def find_first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            print("found at", i)
            break
    else:
        print("no negatives")
find_first_negative([1, 2, -3])
find_first_negative([1, 2])
n = 0
while n < 3:
    n += 1
else:
    print("while finished with", n)
for s in ["1", "x", "3"]:
    try:
        v = int(s)
    except ValueError:
        print("skip", s)
        continue
    else:
        print("parsed", v)
    finally:
        print("checked", s)
