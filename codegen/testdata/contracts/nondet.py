# { "Depends": "py-genlayer:test" }
from genlayer import *
import json

print("init module")
g = [1]


class Pt:
    def __init__(self, x):
        self.x = x


def fetch(url):
    return getattr(gl.nondet.web, 'get')(url).body


def write_n(obj, v):
    setattr(obj, 'n', v)


class C(gl.Contract):
    n: u32

    def __init__(self):
        pass

    @gl.public.write
    def isolation(self) -> list:
        lst = [1]
        k = 5
        p = Pt(3)

        def block():
            nonlocal k
            lst.append(2)
            g.append(3)
            k += 1
            json.loads = None
            print('block', lst, g, k, isinstance(p, Pt), p.x)
            return [lst, k]

        r = gl.eq_principle.strict_eq(block)
        print('after', r, lst, g, k, json.loads is None)
        return r

    @gl.public.write
    def kinds(self):
        def ue():
            raise gl.vm.UserError('nope')

        print(gl.vm.spawn_sandbox(ue))
        print(gl.vm.spawn_sandbox(lambda: exit(3)))
        print(gl.vm.spawn_sandbox(lambda: 1 // 0))
        print(gl.vm.spawn_sandbox(lambda: (1, 'a', b'b')))
        print(gl.vm.spawn_sandbox(lambda: {1, 2}))
        print(gl.vm.unpack_result(gl.vm.spawn_sandbox(lambda: 8)))
        try:
            gl.vm.unpack_result(gl.vm.spawn_sandbox(lambda: exit(2)))
        except gl.vm.UserError as e:
            print('caught', e.message)
        l = gl.vm.spawn_sandbox.lazy(lambda: 7)
        print(type(l).__name__, l.get() == gl.vm.Return(7), l.get() == gl.vm.Return(8))
        try:
            gl.eq_principle.strict_eq(ue)
        except gl.vm.UserError as e:
            print('leader user error', e)

    @gl.public.write
    def modes(self):
        def blk():
            try:
                write_n(self, 1)
            except SystemError as e:
                print('write', e)
            print('read', self.n)
            return fetch('https://example.com/')

        print(gl.eq_principle.strict_eq(blk))
        try:
            fetch('https://example.com/')
        except SystemError as e:
            print('outside', e)

        def sb():
            write_n(self, 7)
            return self.n

        print(gl.vm.spawn_sandbox(sb))
        print(gl.vm.spawn_sandbox(sb, allow_write_ops=True))
        print(self.n)

        def sb_fail():
            write_n(self, 9)
            raise gl.vm.UserError('undo')

        print(gl.vm.spawn_sandbox(sb_fail, allow_write_ops=True))
        print(self.n)

    @gl.public.write
    def llm(self):
        def lead():
            a = gl.nondet.exec_prompt('say hi')
            j = gl.nondet.exec_prompt('json please', response_format='json')
            try:
                gl.nondet.exec_prompt('fail')
            except gl.nondet.NondetException as e:
                print('llm error', e.args)
            try:
                gl.nondet.exec_prompt('x', images=[b'1', b'2', b'3'])
            except SystemError as e:
                print('images', e)
            return [a, j]

        def check(res):
            return isinstance(res, gl.vm.Return) and res.calldata[0] == 'hi'

        print(gl.vm.run_nondet(lead, check))
        print(gl.eq_principle.prompt_comparative(lambda: 'hi', 'same'))
        print(gl.eq_principle.prompt_non_comparative(lambda: 'text', task='summarize', criteria='short'))

    @gl.public.write
    def fatal(self):
        def run():
            try:
                return gl.nondet.exec_prompt('fatal').strip()
            except BaseException as e:
                print('caught', type(e).__name__)
                return 'x'

        print(gl.eq_principle.strict_eq(run))
