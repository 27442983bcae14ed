# An uncaught exception whose __str__ is customised: stderr's last line uses it.
class Problem(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"problem number {self.code}"
print("before")
raise Problem(7)
