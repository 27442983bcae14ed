def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            def level4():
                return a + b + c
            return level4()
        return level3()
    return level2()
print(level1())
def counter_factory():
    count = 0
    def make():
        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    return make
m = counter_factory()
i1, i2 = m(), m()
print(i1(), i2(), i1())
def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulate()
print([acc(x) for x in range(5)])
