def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

import re
show(lambda: re.findall(r'\d+', 'a1b22c333'))
show(lambda: re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'))
m = re.match(r'(\w+)@(\w+)\.com', 'joe@mail.com')
print(m.group(0), m.group(1), m.groups(), m.span())
show(lambda: re.split(r'[,;]\s*', 'a, b;c'))
show(lambda: re.fullmatch(r'[a-z]+', 'abc') is not None)
show(lambda: re.search(r'x', 'abc'))
p = re.compile(r'(?P<k>\w+)=(?P<v>\w+)')
print([m.groupdict() for m in p.finditer('a=1 b=2')])
