"""Generates interpreters/python/Meta.Interpreters.Python/Text/UnicodeProps.txt.gz.

The character properties python3.11's unicodedata module reports (Unicode 14.0.0), for metapy's
native unicodedata:

  R <hex-first> <hex-last> <category> <bidirectional> <combining> <east_asian_width> <mirrored>
                                    runs of consecutive code points with the same five properties
  D <hex> <decomposition>           unicodedata.decomposition where it is not empty
  V <hex> <decimal|-> <digit|-> <numeric>   the numeric values where numeric() is defined

Run with the python3 whose Unicode version the table should follow:

    python3 tools/UnicodeData/generate_props.py
"""
import gzip
import os
import sys
import unicodedata as ud

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "interpreters", "python",
                   "Meta.Interpreters.Python", "Text", "UnicodeProps.txt.gz")

lines = ["# Unicode %s" % ud.unidata_version]
run_start, run_props = 0, None
for cp in range(sys.maxunicode + 2):
    if cp <= sys.maxunicode:
        c = chr(cp)
        props = (ud.category(c), ud.bidirectional(c) or "-", ud.combining(c), ud.east_asian_width(c), ud.mirrored(c))
    else:
        props = None
    if props != run_props:
        if run_props is not None:
            lines.append("R %X %X %s %s %d %s %d" % ((run_start, cp - 1) + run_props))
        run_start, run_props = cp, props
for cp in range(sys.maxunicode + 1):
    c = chr(cp)
    d = ud.decomposition(c)
    if d:
        lines.append("D %X %s" % (cp, d))
    n = ud.numeric(c, None)
    if n is not None:
        lines.append("V %X %s %s %r" % (cp, ud.decimal(c, "-"), ud.digit(c, "-"), n))

data = ("\n".join(lines) + "\n").encode("ascii")
# mtime=0 keeps the output byte-identical between runs.
with open(OUT, "wb") as f:
    f.write(gzip.compress(data, mtime=0))
print(len(lines), "lines")
