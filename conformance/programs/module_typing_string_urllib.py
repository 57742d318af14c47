def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

import typing
import string
import urllib.parse
from typing import Optional, cast

print(typing.Optional[int], typing.List[str], typing.Any)
print(cast(int, "x"), typing.TYPE_CHECKING)
show(lambda: typing.Union[int, str] == typing.Union[str, int])
print(string.ascii_letters, string.digits, repr(string.whitespace))
print(string.capwords("hello  world"))
print(urllib.parse.quote("a b&c/d"), urllib.parse.quote_plus("a b&c"))
print(urllib.parse.urlencode({"q": "x y", "n": 3}))
print(urllib.parse.urlparse("https://example.com:8080/p/a?q=1#frag"))
show(lambda: urllib.parse.parse_qs("a=1&a=2&b=3"))
x: Optional[int] = None
print(x)
