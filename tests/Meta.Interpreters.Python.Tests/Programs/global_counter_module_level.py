counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(5):
    bump()
print(counter)
config = {"debug": False}
def enable():
    config["debug"] = True
enable()
print(config)
names = []
def collect(*xs):
    names.extend(xs)
collect("a", "b")
collect("c")
print(names, len(names))
