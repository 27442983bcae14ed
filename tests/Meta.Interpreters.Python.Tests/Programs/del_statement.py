x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = list(range(10))
del lst[::3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
