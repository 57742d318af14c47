# oracle_snippets.py reads a JSON list of base64 sources on stdin and prints a JSON
# list of results: {"ok": true, "dump": ..., "attrs": ...} or
# {"ok": false, "type": ..., "msg": ..., "line": ..., "col": ...}.
import ast, base64, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        t = ast.parse(base64.b64decode(src))
        out.append({"ok": True, "dump": ast.dump(t), "attrs": ast.dump(t, include_attributes=True)})
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as e:
        out.append({"ok": False, "type": type(e).__name__, "msg": str(getattr(e, "msg", e)),
                    "line": getattr(e, "lineno", None) or 0, "col": getattr(e, "offset", None) or 0})
json.dump(out, sys.stdout)
