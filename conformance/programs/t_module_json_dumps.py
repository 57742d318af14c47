def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

import json
for v in [1, 'a', [1, 2.5, None], {'b': 1, 'a': [True, False]}, 'é\n', 1e100, {'k': {'n': []}}]:
    print(json.dumps(v), json.dumps(v, sort_keys=True), json.dumps(v, separators=(',', ':')))
print(json.dumps({'a': 1}, indent=2))
show(lambda: json.dumps({1: 2}))
show(lambda: json.dumps(set()))
