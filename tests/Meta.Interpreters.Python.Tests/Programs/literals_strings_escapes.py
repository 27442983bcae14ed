# String literal forms: escapes, raw strings, byte strings, implicit concatenation, triple quotes.
s = "tab\there\nnew line \\ backslash \x41 \u00e9 \N{GREEK SMALL LETTER ALPHA} \U0001F600 \101"
print(s)
print(repr(s))
print(r"raw \n stays", r"C:\path\to", len(r"\n"), len("\n"))
print("implicit " "concatenation " 'mixed' """ triple""")
print('''multi
line''', "quote's", 'say "x"', "both ' and \"")
print(b"bytes \x00\xff", rb"raw\bytes", len(b"\x00\x01"), "\0" == "\x00")
print(f"{'nested'!r:>10}", f"{{}}", "a" "b" f"{1 + 1}")
