"""Generates interpreters/python/Meta.Interpreters.Python/Parsing/UnicodeNames.txt.gz.

The tokenizer decodes \\N{NAME} escapes with this table (one "HEX NAME" line per
code point). CJK unified ideographs and Hangul syllables have algorithmic names
and are left out; the C# side derives them. Run with the python3 whose Unicode
version the table should follow (3.11 -> Unicode 14.0.0):

    python3 tools/UnicodeNames/generate.py
"""
import gzip
import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "interpreters", "python",
                   "Meta.Interpreters.Python", "Parsing", "UnicodeNames.txt.gz")

lines = []
for cp in range(sys.maxunicode + 1):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE "):
        continue
    lines.append("%X %s" % (cp, name))
data = ("# Unicode %s\n" % unicodedata.unidata_version + "\n".join(lines) + "\n").encode("ascii")
# mtime=0 keeps the output byte-identical between runs.
with open(OUT, "wb") as f:
    f.write(gzip.compress(data, mtime=0))
print(len(lines), "names")
