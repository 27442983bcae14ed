def g():
    for i in range(3):
        try:
            yield i
        finally:
            print('cleanup', i)
for v in g():
    print('got', v)
def h():
    try:
        yield 1
        raise ValueError('inside')
    except ValueError as e:
        yield 'caught ' + str(e)
print(list(h()))
