def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

import hashlib
import base64
print(hashlib.sha256(b'abc').hexdigest())
print(hashlib.sha3_256(b'').hexdigest())
print(base64.b64encode(b'hello'), base64.b64decode('aGVsbG8='), base64.urlsafe_b64encode(b'\xff\xfe'))
