def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

import json
for s in ['1', '"x"', '[1, 2.5, null]', '{"a": {"b": [true]}}', '1e5', '"\\u00e9"', '[', '{"a" 1}', 'NaN']:
    show(lambda: json.loads(s))
