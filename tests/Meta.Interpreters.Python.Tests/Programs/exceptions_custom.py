class AppError(Exception):
    pass
class DataError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
try:
    raise DataError("age", "negative")
except AppError as e:
    print(type(e).__name__, e, e.field, e.args, isinstance(e, Exception))
class Plain(Exception):
    pass
e = Plain(1, 2)
print(str(e), repr(e), e.args, repr(ValueError("x")), str(KeyError("k")), str(Exception()))
try:
    raise Plain
except Plain as e:
    print("caught bare class", repr(e))
