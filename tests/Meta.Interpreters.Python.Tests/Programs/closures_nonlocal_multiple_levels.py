# nonlocal across several nesting levels with independent instances.
def level1():
    a = 1
    def level2():
        b = 10
        def level3():
            nonlocal a, b
            a += 1
            b += 10
            return a, b
        return level3
    return level2
f = level1()
g = f()
h = f()
print(g(), g(), h(), g())
def shared():
    x = []
    def add(v):
        x.append(v)
        return list(x)
    def clear():
        nonlocal x
        x = []
    return add, clear
add, clear = shared()
print(add(1), add(2))
clear()
print(add(3))
