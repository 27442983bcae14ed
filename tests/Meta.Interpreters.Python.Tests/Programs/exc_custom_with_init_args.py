# Exceptions with custom __init__ signatures: args, str, repr and pickling-free attributes.
class HTTPError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason
class Quiet(Exception):
    def __init__(self):
        pass
try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e, repr(e), e.args, e.status, e.reason)
q = Quiet()
print(repr(q), str(q) == "", q.args)
e = ValueError("a", 1, None)
print(str(e), repr(e), e.args[1:])
print(repr(Exception()), repr(KeyError()), str(KeyError("k")), str(KeyError("a", "b")))
