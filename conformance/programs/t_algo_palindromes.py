def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def is_pal(s):
    t = ''.join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
for s in ['Racecar', 'A man, a plan, a canal: Panama', 'hello', '', 'No lemon, no melon']:
    print(repr(s), is_pal(s))
