# gen_names.py writes unicode_names.txt.gz: "NAME;HEX" lines for every named
# code point of CPython 3.13's unicodedata except the algorithmic CJK
# UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE names (computed in Go).
import gzip, sys, unicodedata
lines = []
for c in range(0x110000):
    n = unicodedata.name(chr(c), None)
    if n is None or n.startswith("CJK UNIFIED IDEOGRAPH-") or n.startswith("HANGUL SYLLABLE "):
        continue
    lines.append("%s;%X" % (n, c))
data = ("\n".join(lines) + "\n").encode()
with open(sys.argv[1], "wb") as out:
    with gzip.GzipFile(filename="", fileobj=out, mode="wb", mtime=0) as f:
        f.write(data)
