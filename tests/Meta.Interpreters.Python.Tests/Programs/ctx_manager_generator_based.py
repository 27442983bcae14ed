# A generator-driven context manager written by hand (the contextlib pattern without contextlib).
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration:
            return True
        except BaseException as e:
            if e is value:
                return False
            raise
        return False

def managed(label):
    def factory():
        print("setup", label)
        try:
            yield label * 2
        except ValueError as e:
            print("handled", e)
        finally:
            print("teardown", label)
    return GeneratorCM(factory())

with managed("x") as v:
    print("using", v)
with managed("y"):
    raise ValueError("inside")
print("continues")
try:
    with managed("z"):
        raise KeyError("not handled")
except KeyError as e:
    print("KeyError", e)
