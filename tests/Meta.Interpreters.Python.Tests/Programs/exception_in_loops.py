results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append(-1)
    except TypeError:
        results.append(-2)
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        pass
print([safe_div(1, x) for x in (1, 0, 4)])
count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        break
print(count)
errors = {}
for exc in (ValueError, KeyError, IndexError, ZeroDivisionError):
    try:
        raise exc("x")
    except LookupError as e:
        errors[type(e).__name__] = "lookup"
    except Exception as e:
        errors[type(e).__name__] = "other"
print(errors)
