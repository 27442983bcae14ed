x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    items = [x for _ in range(2)]
print(C.y, C().m(), C.items)
def outer():
    v = "enclosed"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I().get())
