# match against instances of classes with __match_args__ built by a small decorator.
def record(*fields):
    def decorate(cls):
        def __init__(self, *values):
            for f, v in zip(fields, values):
                setattr(self, f, v)
        cls.__init__ = __init__
        cls.__match_args__ = fields
        cls.__repr__ = lambda self: f"{cls.__name__}({', '.join(repr(getattr(self, f)) for f in fields)})"
        return cls
    return decorate
@record("name", "price")
class Item: pass
@record("item", "qty")
class Line: pass
def line_total(line):
    match line:
        case Line(Item(_, price), qty) if qty >= 10:
            return round(price * qty * 0.9, 2)
        case Line(Item(name="free"), _):
            return 0
        case Line(Item(price=price), qty):
            return price * qty
print([line_total(l) for l in [Line(Item("pen", 1.5), 4), Line(Item("pad", 2.0), 10), Line(Item("free", 9), 3)]])
print(Line(Item("a", 1), 2))
