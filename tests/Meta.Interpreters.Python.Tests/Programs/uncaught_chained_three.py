# Three exceptions chained by context; only the last one's line is the final stderr line.
def step():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
    except ValueError:
        raise RuntimeError("third")
step()
