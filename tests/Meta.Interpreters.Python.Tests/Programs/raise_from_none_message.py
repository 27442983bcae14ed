try:
    try:
        {}['k']
    except KeyError:
        raise AttributeError('attr') from None
except AttributeError as e:
    print(repr(e), e.__cause__, e.__context__ is not None, e.__suppress_context__)
