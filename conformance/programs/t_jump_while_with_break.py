class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('  exit', self.i)
        return False

def f():
    i = -1
    while i < 5:
        i += 1
        with CM(i):
            print('iter', i)
            if i == 2:
                break
            if i == 4:
                break
            print('after', i)
        
    else:
        print('loop else')
    return ('end', i)

print(f())
