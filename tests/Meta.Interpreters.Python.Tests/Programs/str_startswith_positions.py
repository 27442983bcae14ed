# startswith/endswith with start and end positions over a long text, as a scanner uses them.
text = "let x = 10; let yy = 20; const z = x + yy;" * 3
pos, tokens = 0, []
while pos < len(text):
    for word in ("let", "const"):
        if text.startswith(word, pos):
            tokens.append((word, pos))
            pos += len(word)
            break
    else:
        pos += 1
print(len(tokens), tokens[:4], tokens[-1])
print(text.startswith("x", 4), text.startswith("x", 4, 4), text.endswith(";", 0, 11), text.endswith("10", 0, 10), text.startswith(("q", "l"), -10))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 5), "abc".startswith("a", -100))
