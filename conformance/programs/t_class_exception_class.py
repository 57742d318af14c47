def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class AppError(Exception):
    def __init__(self, code, msg='default'):
        super().__init__(f'{code}: {msg}')
        self.code = code
class NotFound(AppError):
    pass
for exc in [AppError(1), NotFound(404, 'missing'), AppError(2, msg='x')]:
    try:
        raise exc
    except NotFound as e:
        print('NF', e.code, e, e.args)
    except AppError as e:
        print('AE', e.code, e, repr(e))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain(1, 2)), str(Plain('m')))
class WithStr(Exception):
    def __str__(self):
        return 'custom!'
try:
    raise WithStr('ignored')
except WithStr as e:
    print(e, e.args)
raise NotFound(1, 'final')
