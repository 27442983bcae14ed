try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > 0
except TypeError as e:
    print(e)
class P:
    pass
try:
    P() < P()
except TypeError as e:
    print(e)
print(1 == "1", [] == (), None == 0)
