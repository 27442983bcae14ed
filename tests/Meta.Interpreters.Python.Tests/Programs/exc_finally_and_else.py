# try/except/else/finally ordering, finally overriding return, and exceptions inside handlers.
def order(fail):
    events = []
    try:
        events.append("try")
        if fail:
            raise ValueError("v")
    except ValueError:
        events.append("except")
    else:
        events.append("else")
    finally:
        events.append("finally")
    return events
print(order(False), order(True))

def finally_wins():
    try:
        return "try"
    finally:
        return "finally"
print(finally_wins())

def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "loop ended"
print(swallow())

def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("from handler")
        finally:
            print("inner finally")
    except TypeError as e:
        return f"outer caught {e} (context {e.__context__})"
print(nested())
