def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

import json
data = {'users': [{'name': 'a', 'age': 30, 'tags': ['x']}, {'name': 'b', 'age': None, 'tags': []}], 'ok': True, 'ratio': 0.25}
s = json.dumps(data, sort_keys=True)
print(s)
back = json.loads(s)
print(back == data, back['users'][0]['tags'], type(back['ratio']).__name__)
