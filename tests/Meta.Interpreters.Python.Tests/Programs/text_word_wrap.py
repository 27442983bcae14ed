# Greedy word wrapping and justification of a paragraph.
text = ("The quick brown fox jumps over the lazy dog while the cat watches from the warm "
        "windowsill, unimpressed by the commotion outside.")
def wrap(words, width):
    lines, line = [], []
    for w in words:
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]
for width in (30, 45):
    lines = wrap(text.split(), width)
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
