def f():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'end'
print(g())
