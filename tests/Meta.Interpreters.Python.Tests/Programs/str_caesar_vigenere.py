# Caesar and Vigenère ciphers with str.translate and ord/chr arithmetic.
def caesar(text, k):
    lo, up = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
msg = "Attack at Dawn, zebra!"
enc = caesar(msg, 3)
print(enc, caesar(enc, 23), caesar(msg, 26) == msg)
def vigenere(text, key, sign=1):
    out, j = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[j % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            j += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", -1))
