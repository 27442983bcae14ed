# __repr__, __str__ and __format__ in print, str(), repr(), f-strings and containers.
class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __repr__(self):
        return f"Celsius({self.deg!r})"
    def __str__(self):
        return f"{self.deg}°C"
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1]) + "°F"
        return format(self.deg, spec) + "°C"

c = Celsius(21.5)
print(c, repr(c), str(c), [c], (c,), {"t": c})
print(f"{c}", f"{c!r}", f"{c:.2f}", f"{c:.1F}", "{:>8.0f}".format(c), format(c, "F"))

class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
