# global and nonlocal declarations, UnboundLocalError from assignment after read.
total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(7)
print(total)
def outer():
    level = "outer"
    def middle():
        nonlocal level
        level = "middle"
        def inner():
            nonlocal level
            level += "+inner"
        inner()
    middle()
    return level
print(outer())
x = "global x"
def shadow():
    try:
        print(x)
        x = "local"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()
def make_global():
    global created_later
    created_later = "made inside"
make_global()
print(created_later)
