"""Generates interpreters/python/Meta.Interpreters.Python/Text/UnicodeCase.txt.gz.

The simple case mappings of python3.11's Unicode database (Unicode 14.0.0) as CPython's
_PyUnicode_ToLowercase/_PyUnicode_ToUppercase give them: for a character whose full mapping
expands (SpecialCasing.txt: 'ß' -> 'SS', 'İ' -> 'i̇'), the first character of the expansion. The
re engine compares characters with these; .NET's invariant casing follows another Unicode
version and leaves out the expansions and the Turkish i.

  <hex> <hex-lower> <hex-upper>    one line per code point whose lower or upper differs from it

Run with the python3 whose Unicode version the table should follow:

    python3 tools/UnicodeData/generate_case.py
"""
import _sre
import gzip
import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "interpreters", "python",
                   "Meta.Interpreters.Python", "Text", "UnicodeCase.txt.gz")

lines = ["# Unicode %s" % unicodedata.unidata_version]
for cp in range(sys.maxunicode + 1):
    c = chr(cp)
    lower = ord(c.lower()[0])
    upper = ord(c.upper()[0])
    # The re module's own view of the same mapping must agree.
    assert lower == _sre.unicode_tolower(cp)
    assert _sre.unicode_iscased(cp) == (lower != cp or upper != cp)
    if lower != cp or upper != cp:
        lines.append("%X %X %X" % (cp, lower, upper))

data = ("\n".join(lines) + "\n").encode("ascii")
# mtime=0 keeps the output byte-identical between runs.
with open(OUT, "wb") as f:
    f.write(gzip.compress(data, mtime=0))
print(len(lines), "lines")
