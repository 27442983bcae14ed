data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print("big" if n > 4 else "small", "x" if 0 else "y" if None else "z")
while (item := data.pop()) > 6:
    print("popped", item)
print(data, item)
