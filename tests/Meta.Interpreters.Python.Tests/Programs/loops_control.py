for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("no")
print()
for i in range(3):
    pass
else:
    print("else ran", i)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while else", n)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
