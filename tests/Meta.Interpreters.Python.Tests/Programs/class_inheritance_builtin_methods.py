# Overriding and extending inherited methods, calling base implementations explicitly.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __str__(self):
        return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Animal.speak(self) + " (squeaky)"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        base = super().speak()
        return base.upper()
for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(str(a), "->", a.speak(), isinstance(a, Dog))
print(Puppy.__bases__[0].__name__, Puppy.sound, [c.__name__ for c in Puppy.__mro__])
