# A custom exception hierarchy with extra attributes, __str__ and catching by base class.
class AppError(Exception):
    code = 1
class NotFound(AppError):
    code = 404
    def __init__(self, resource, key):
        super().__init__(resource, key)
        self.resource = resource
        self.key = key
    def __str__(self):
        return f"{self.resource} {self.key!r} not found"
class Forbidden(AppError):
    code = 403

def fetch(kind):
    if kind == "missing":
        raise NotFound("user", 42)
    if kind == "secret":
        raise Forbidden("no access")
    if kind == "bug":
        raise TypeError("unexpected")
    return "ok"

for kind in ["fine", "missing", "secret", "bug"]:
    try:
        print(fetch(kind))
    except AppError as e:
        print(type(e).__name__, e.code, str(e), e.args, isinstance(e, Exception))
    except Exception as e:
        print("other", type(e).__name__, e)
print(NotFound.__mro__[1].__name__, issubclass(Forbidden, AppError), repr(NotFound("x", 1)))
