def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

stack = []
for c in '(a[b]{c})':
    if c in '([{':
        stack.append(c)
    elif c in ')]}':
        stack.pop()
print(stack == [])
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for c in s:
        if c in '([{':
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
print([balanced(x) for x in ['()', '([)]', '{[]}', '((', '']])
