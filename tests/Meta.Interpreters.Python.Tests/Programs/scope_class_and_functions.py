# Name resolution: class bodies are not enclosing scopes for methods; LEGB order.
x = "global"
class K:
    x = "class"
    def method(self):
        return x
    def via_class(self):
        return K.x
    y = x + "-derived"
print(K().method(), K().via_class(), K.y)
def outer():
    x = "enclosing"
    class Inner:
        def get(self):
            return x
        z = x
    return Inner().get(), Inner.z
print(outer())
print(len([1]))
len = lambda v: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
