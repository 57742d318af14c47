# oracle_dump.py: for each file path read from stdin (one per line), parse
# the file's bytes with ast.parse and print one line:
#   OK <sha256 of ast.dump> <sha256 of ast.dump(include_attributes=True)> <path>
#   ERR <type> <lineno> <offset> <path>\t<msg>
# With --full, print the dumps themselves (for diagnosing a mismatch).
import ast, hashlib, sys, warnings
warnings.simplefilter("ignore")
full = "--full" in sys.argv
out = sys.stdout
for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src)
    except (SyntaxError, ValueError, UnicodeError, OverflowError, MemoryError, RecursionError) as e:
        msg = str(getattr(e, "msg", e)).replace("\n", " ").replace("\t", " ")
        out.write("ERR %s %s %s %s\t%s\n" % (type(e).__name__, getattr(e, "lineno", None), getattr(e, "offset", None), path, msg))
        continue
    d = ast.dump(tree)
    a = ast.dump(tree, include_attributes=True)
    if full:
        out.write("DUMP %s\n%s\n%s\n" % (path, d, a))
    else:
        out.write("OK %s %s %s\n" % (hashlib.sha256(d.encode("utf-8", "surrogatepass")).hexdigest(),
                                     hashlib.sha256(a.encode("utf-8", "surrogatepass")).hexdigest(), path))
