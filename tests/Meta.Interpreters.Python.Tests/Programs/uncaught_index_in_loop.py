# IndexError escaping from a loop after partial output.
data = [10, 20, 30]
for i in range(5):
    print(i, data[i])
