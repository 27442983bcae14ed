# Mixins with cooperative methods, MRO-driven behaviour composition.
class JsonMixin:
    def to_json(self):
        parts = [f'"{k}": {self._encode(v)}' for k, v in sorted(vars(self).items())]
        return "{" + ", ".join(parts) + "}"
    def _encode(self, v):
        if isinstance(v, str):
            return f'"{v}"'
        if isinstance(v, bool):
            return "true" if v else "false"
        return str(v)
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class CompareMixin:
    def _key(self):
        return tuple(vars(self).values())
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
class User(JsonMixin, ReprMixin, CompareMixin):
    def __init__(self, name, age, admin=False):
        self.name, self.age, self.admin = name, age, admin
users = [User("bo", 30), User("al", 25, True), User("bo", 22)]
print(users)
print(sorted(users))
print(users[1].to_json(), users[0] == User("bo", 30), users[0] == users[2])
print([c.__name__ for c in User.__mro__])
