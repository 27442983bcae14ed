"""Generates interpreters/python/Meta.Interpreters.Python/Text/UnicodeData.txt.gz.

The front end needs three facts of the Unicode database that python3.11 uses (Unicode 14.0.0)
and that .NET does not offer in invariant-globalization mode (or offers for another Unicode
version):

  N <hex> <name>           character names, for \\N{NAME} escapes (CJK unified ideographs and
                           Hangul syllables are left out: their names are algorithmic)
  A <hex> <name>           name aliases (NULL, BYTE ORDER MARK, ...) that \\N{...} accepts too;
                           unicodedata cannot list them, so the candidates come from Perl's copy
                           of the same Unicode version (unicore/Name.pl) and python3 decides which
                           it accepts
  P <hex-first> <hex-last> ranges of code points that str.isprintable() rejects, for repr()
  K <hex> <hex> ...        NFKC of single code points that NFKC changes, for identifiers
  C <hex> <hex> <hex>      canonical compositions: first, second -> composed

Run with the python3 whose Unicode version the table should follow:

    python3 tools/UnicodeData/generate.py
"""
import glob
import gzip
import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "interpreters", "python",
                   "Meta.Interpreters.Python", "Text", "UnicodeData.txt.gz")

lines = ["# Unicode %s" % unicodedata.unidata_version]
for cp in range(sys.maxunicode + 1):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE "):
        continue
    lines.append("N %X %s" % (cp, name))

# Aliases: candidates from Perl's unicore/Name.pl (blank-line separated "HEX\nNAME" records),
# kept only when python3's unicodedata.lookup accepts them and they are not the primary name.
for perl in sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl")):
    text = open(perl, encoding="utf-8").read()
    body = text.split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    seen = set()
    for record in body.split("\n\n"):
        parts = record.strip().split("\n")
        if len(parts) != 2 or " " in parts[0]:
            continue
        name = parts[1]
        try:
            cp = ord(unicodedata.lookup(name))
        except (KeyError, TypeError):
            continue
        if unicodedata.name(chr(cp), None) != name and name not in seen:
            seen.add(name)
            lines.append("A %X %s" % (cp, name))
    break

start = None
for cp in range(sys.maxunicode + 2):
    printable = cp > sys.maxunicode or chr(cp).isprintable()
    if not printable and start is None:
        start = cp
    elif printable and start is not None:
        lines.append("P %X %X" % (start, cp - 1))
        start = None

for cp in range(sys.maxunicode + 1):
    c = chr(cp)
    n = unicodedata.normalize("NFKC", c)
    if n != c:
        lines.append("K %X %s" % (cp, " ".join("%X" % ord(x) for x in n)))

for cp in range(sys.maxunicode + 1):
    c = chr(cp)
    d = unicodedata.normalize("NFD", c)
    if len(d) == 2 and unicodedata.normalize("NFC", d) == c:
        lines.append("C %X %X %X" % (ord(d[0]), ord(d[1]), cp))
    elif len(d) > 2 and unicodedata.decomposition(c) and not unicodedata.decomposition(c).startswith("<"):
        parts = unicodedata.decomposition(c).split()
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(int(parts[0], 16)) + chr(int(parts[1], 16))) == c:
            lines.append("C %s %s %X" % (parts[0], parts[1], cp))

data = ("\n".join(lines) + "\n").encode("ascii")
# mtime=0 keeps the output byte-identical between runs.
with open(OUT, "wb") as f:
    f.write(gzip.compress(data, mtime=0))
print(len(lines), "lines")
