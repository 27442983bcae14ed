# An error raised inside a generator while a for loop consumes it.
def parse_all(lines):
    for line in lines:
        yield int(line)
total = 0
for n in parse_all(["1", "2", "three"]):
    total += n
    print("running total", total)
