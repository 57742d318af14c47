class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('  exit', self.i)
        return False

def f():
    for i in range(6):
        try:
            print('iter', i)
            if i == 2:
                continue
            if i == 4:
                continue
            print('after', i)
        finally:
            print('  finally', i)
    else:
        print('loop else')
    return ('end', i)

print(f())
