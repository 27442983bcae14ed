def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(h())
def k():
    try:
        try:
            raise ValueError("x")
        finally:
            print("inner finally")
    except ValueError:
        print("outer caught")
k()
def nested():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError as e:
            print("inner", repr(e), repr(e.__context__))
        print("still handling")
nested()
