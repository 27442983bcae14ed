def inner():
    raise ValueError('deep')
def middle():
    try:
        inner()
    except ValueError:
        print('middle saw it')
        raise
try:
    middle()
except ValueError as e:
    print('outer', e, e.__traceback__ is not None)
