# An error in generator cleanup code surfaces at close().
def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")
g = gen()
print(next(g))
g.close()
