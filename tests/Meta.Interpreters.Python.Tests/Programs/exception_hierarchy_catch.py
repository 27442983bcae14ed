def classify(e):
    try:
        raise e
    except ZeroDivisionError:
        return 'zero'
    except ArithmeticError:
        return 'arith'
    except LookupError:
        return 'lookup'
    except Exception:
        return 'other'
print([classify(e) for e in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), ValueError(), RuntimeError()]])
