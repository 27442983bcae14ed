# An uncaught error raised deep inside method calls of a class.
class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.parse_item(p) for p in self.text.split(",")]
    def parse_item(self, p):
        key, value = p.split("=")
        return key, int(value)
print(Parser("a=1,b=2").parse())
print(Parser("a=1,b=two").parse())
