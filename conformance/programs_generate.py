"""Generates the table-driven differential programs (conformance/programs/t_*.py).

Run from the repository root: python3 conformance/programs_generate.py
Each program exercises one construct over many operand types; every case
prints its result or the exception it raised, so one program covers many
cases and keeps going after an error.
"""
import os

OUT = os.path.join(os.path.dirname(__file__), "programs")

HEADER = '''def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

'''

VALUES = {
    "int": ["0", "1", "-7", "13", "2**70", "-(2**65)"],
    "float": ["0.0", "-0.0", "2.5", "-1.25", "1e300", "0.1"],
    "bool": ["True", "False"],
    "str": ["''", "'ab'", "'xyz'"],
    "list": ["[]", "[1, 2]", "['a']"],
    "tuple": ["()", "(1, 2)", "('a',)"],
    "none": ["None"],
    "bytes": ["b''", "b'ab'"],
    "dict": ["{}", "{'a': 1}"],
    "set": ["set()", "{1, 2}"],
}
RIGHT = ["0", "3", "-2", "2**64", "1.5", "-0.5", "True", "'s'", "[3]", "(4,)", "None", "b'c'", "{'b': 2}", "{3}"]

BINOPS = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%", "pow": "**",
          "lshift": "<<", "rshift": ">>", "and": "&", "or": "|", "xor": "^"}
CMPOPS = {"lt": "<", "le": "<=", "eq": "==", "ne": "!=", "gt": ">", "ge": ">="}


def write(name, body):
    with open(os.path.join(OUT, name + ".py"), "w") as f:
        f.write(body)


def gen_binops():
    for opname, op in BINOPS.items():
        for tname, lefts in VALUES.items():
            lines = [HEADER]
            for a in lefts:
                for b in RIGHT:
                    if op == "**" and a.startswith("2**") and b.startswith("2**"):
                        continue
                    if op in ("<<", "**") and b == "2**64":
                        continue
                    if op == "**" and a.startswith("-") and b in ("1.5", "-0.5"):
                        continue  # complex results: complex is not supported
                    if op == "*" and b == "2**64" and tname in ("str", "list", "tuple", "bytes"):
                        continue
                    lines.append(f"show(lambda: ({a}) {op} ({b}))\n")
            write(f"t_binop_{opname}_{tname}", "".join(lines))


def gen_cmpops():
    for opname, op in CMPOPS.items():
        for tname, lefts in VALUES.items():
            lines = [HEADER]
            for a in lefts:
                for b in RIGHT:
                    lines.append(f"show(lambda: ({a}) {op} ({b}))\n")
            write(f"t_cmp_{opname}_{tname}", "".join(lines))


def gen_augassign():
    for opname, op in BINOPS.items():
        lines = [HEADER, "def aug(a, b):\n    x = a\n    x " + op + "= b\n    return x\n\n"]
        for tname in ("int", "float", "str", "list"):
            for a in VALUES[tname][:3]:
                for b in ["2", "-3", "0.5", "'t'", "[9]"]:
                    if op == "**" and a.startswith("-") and b == "0.5":
                        continue  # complex result                    lines.append(f"show(lambda: aug({a}, {b}))\n")
        write(f"t_augassign_{opname}", "".join(lines))


def gen_unary():
    for name, op in {"neg": "-", "pos": "+", "invert": "~", "not": "not "}.items():
        lines = [HEADER]
        for tname, vals in VALUES.items():
            for v in vals:
                lines.append(f"show(lambda: {op}({v}))\n")
        write(f"t_unary_{name}", "".join(lines))


STR_METHODS = {
    "upper": ["()"], "lower": ["()"], "capitalize": ["()"], "title": ["()"], "swapcase": ["()"],
    "casefold": ["()"],
    "strip": ["()", "('ab')", "(' ')"], "lstrip": ["()", "('a')"], "rstrip": ["()", "('x')"],
    "split": ["()", "(',')", "(',', 1)", "(sep='a')", "(None, 2)", "('')"],
    "rsplit": ["()", "(',', 1)", "(maxsplit=1)"],
    "splitlines": ["()", "(True)"],
    "join": ["(['a', 'b'])", "('xyz')", "([])", "([1])"],
    "replace": ["('a', 'b')", "('a', 'b', 1)", "('', '-')"],
    "find": ["('a')", "('zz')", "('a', 2)", "('a', 1, 3)"], "rfind": ["('a')", "('q')"],
    "index": ["('a')", "('zz')"], "rindex": ["('a')", "('zz')"],
    "count": ["('a')", "('')", "('a', 1)"],
    "startswith": ["('a')", "(('x', 'h'))", "('b', 1)"], "endswith": ["('a')", "(('c', 'd'))"],
    "isdigit": ["()"], "isalpha": ["()"], "isalnum": ["()"], "isspace": ["()"], "isupper": ["()"],
    "islower": ["()"], "isdecimal": ["()"], "isnumeric": ["()"], "isidentifier": ["()"], "istitle": ["()"],
    "center": ["(11)", "(11, '*')", "(2)"], "ljust": ["(9, '.')"], "rjust": ["(9)"], "zfill": ["(8)"],
    "partition": ["('a')", "('zz')"], "rpartition": ["('a')"],
    "encode": ["()", "('utf-8')", "('ascii')"],
    "format": ["(1, 2)", "(x=1)"],
    "removeprefix": ["('ab')", "('q')"], "removesuffix": ["('ca')"],
    "expandtabs": ["()", "(4)"],
}
STR_SUBJECTS = ["''", "'abcabca'", "'  Hello World  '", "'a,b,,c'", "'ÄbÇ ß'", "'123'", "'line1\\nline2\\r\\nl3'", "'{} {x}'", "'\\tx\\ty'"]


def gen_str_methods():
    for m, argss in STR_METHODS.items():
        lines = [HEADER]
        for s in STR_SUBJECTS:
            for a in argss:
                lines.append(f"show(lambda: {s}.{m}{a})\n")
        write(f"t_str_{m}", "".join(lines))


LIST_PROGRAMS = {
    "append": "l = [1]\nl.append(2)\nl.append([3])\nprint(l)\n",
    "extend": "l = [1]\nl.extend([2, 3])\nl.extend('ab')\nl.extend(range(2))\nprint(l)\nshow(lambda: l.extend(5))\n",
    "insert": "l = [1, 2, 3]\nl.insert(0, 'a')\nl.insert(-1, 'b')\nl.insert(100, 'c')\nl.insert(-100, 'd')\nprint(l)\n",
    "pop": "l = [1, 2, 3, 4]\nprint(l.pop(), l.pop(0), l.pop(-1), l)\nshow(lambda: [].pop())\nshow(lambda: [1].pop(5))\n",
    "remove": "l = [1, 2, 1]\nl.remove(1)\nprint(l)\nshow(lambda: l.remove(9))\n",
    "index": "l = [5, 6, 7, 6]\nshow(lambda: l.index(6))\nshow(lambda: l.index(6, 2))\nshow(lambda: l.index(9))\n",
    "count": "l = [1, 1, 2, 'a', 1.0, True]\nshow(lambda: l.count(1))\nshow(lambda: l.count('a'))\n",
    "sort": "l = [3, 1, 2]\nl.sort()\nprint(l)\nl.sort(reverse=True)\nprint(l)\nw = ['bb', 'a', 'ccc', 'dd']\nw.sort(key=len)\nprint(w)\nw.sort(key=lambda s: (-len(s), s))\nprint(w)\nshow(lambda: [1, 'a'].sort())\nprint(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))\n",
    "reverse": "l = [1, 2, 3]\nl.reverse()\nprint(l, list(reversed(l)))\n",
    "copy_clear": "l = [1, [2]]\nc = l.copy()\nc[1].append(3)\nl.clear()\nprint(l, c)\n",
    "slicing": "l = list(range(10))\nfor s in [l[2:5], l[::-1], l[-3:], l[:-3], l[1:8:3], l[8:2:-2], l[100:], l[-100:2]]:\n    print(s)\nshow(lambda: l[10])\nshow(lambda: l[-11])\nshow(lambda: l['a'])\n",
    "ops": "a = [1, 2]\nprint(a + [3], a * 3, 0 * a, 2 in a, a == [1, 2], a < [1, 3], [1, 2, 3] > a, len(a), min(a), max(a), sum(a))\nshow(lambda: a + (3,))\n",
    "nested": "m = [[0] * 3 for _ in range(3)]\nm[1][1] = 5\nprint(m)\nbad = [[0] * 3] * 2\nbad[0][0] = 1\nprint(bad)\n",
}

DICT_PROGRAMS = {
    "basic": "d = {'a': 1, 'b': 2}\nd['c'] = 3\nprint(d, len(d), 'a' in d, d['b'])\nshow(lambda: d['zz'])\n",
    "get": "d = {'a': 1}\nprint(d.get('a'), d.get('b'), d.get('b', 0))\n",
    "setdefault": "d = {}\nprint(d.setdefault('a', []), d)\nd.setdefault('a', []).append(1)\nprint(d)\n",
    "pop": "d = {'a': 1, 'b': 2}\nprint(d.pop('a'), d.pop('z', None), d)\nshow(lambda: d.pop('z'))\nprint(d.popitem(), d)\nshow(lambda: {}.popitem())\n",
    "update": "d = {'a': 1}\nd.update({'b': 2})\nd.update([('c', 3)])\nd.update(e=5)\nprint(d)\nprint(d | {'a': 0}, {**d, 'f': 6})\n",
    "views": "d = {'x': 1, 'y': 2}\nprint(list(d.keys()), list(d.values()), list(d.items()))\nfor k in d:\n    print(k)\nfor k, v in d.items():\n    print(k, v)\nprint(sorted(d, reverse=True))\n",
    "order": "d = {}\nfor k in ['z', 'a', 'm']:\n    d[k] = len(d)\ndel d['a']\nd['a'] = 9\nprint(d, list(d))\n",
    "keys_types": "d = {1: 'int', 1.5: 'float', 'x': 'str', (1, 2): 'tuple', None: 'none', True: 'bool'}\nprint(d)\nshow(lambda: {[1]: 2})\nprint({1: 'a', 1.0: 'b'})\n",
    "comprehension": "print({i: i * i for i in range(5) if i % 2 == 0})\nprint(dict(zip('abc', [1, 2, 3])))\nprint(dict(a=1, b=2))\nprint(dict.fromkeys('ab', 0))\n",
    "eq": "print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {1: 2} != {})\n",
    "copy": "d = {'a': [1]}\nc = d.copy()\nc['a'].append(2)\nc['b'] = 0\nprint(d, c)\nd.clear()\nprint(d)\n",
}

SET_PROGRAMS = {
    "basic": "s = {3, 1, 2}\ns.add(4)\ns.discard(1)\ns.discard(99)\nprint(sorted(s), len(s), 2 in s)\nshow(lambda: s.remove(99))\n",
    "ops": "a = {1, 2, 3}\nb = {2, 3, 4}\nprint(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))\nprint(a <= b, {1} < a, a >= {1, 2}, a == {3, 2, 1})\n",
    "methods": "a = {1, 2}\nprint(sorted(a.union([5])), sorted(a.intersection({2})), sorted(a.difference([1])), a.isdisjoint({7}), a.issubset({1, 2, 3}))\na.update([9, 8])\nprint(sorted(a))\nprint(len(a.copy()))\n",
    "frozenset": "f = frozenset([1, 2, 2])\nprint(sorted(f), len(f), 1 in f)\nd = {f: 'x'}\nprint(d[frozenset([2, 1])])\n",
    "strs": "s = set('hello')\nprint(sorted(s))\nprint(sorted({x.upper() for x in 'abca'}))\n",
}

BUILTIN_PROGRAMS = {
    "abs": ["abs(-3)", "abs(2.5)", "abs(-0.0)", "abs(True)", "abs(-(2**80))", "abs('x')"],
    "divmod": ["divmod(7, 2)", "divmod(-7, 2)", "divmod(7.5, 2)", "divmod(1, 0)"],
    "pow": ["pow(2, 10)", "pow(2, -1)", "pow(3, 4, 5)", "pow(2.0, 0.5)", "pow(0, 0)"],
    "round": ["round(2.5)", "round(3.5)", "round(-2.5)", "round(2.675, 2)", "round(1234, -2)", "round(0.5)", "round(7)", "round(1e300)"],
    "minmax": ["min(3, 1, 2)", "max([4, 9, 2])", "min('bca')", "max([], default=0)", "min([(1, 'b'), (1, 'a')])", "max(1, 2.5)", "min([])", "max('a', 'B', key=str.lower)"],
    "sum": ["sum([1, 2, 3])", "sum([0.1] * 10)", "sum([[1], [2]], [])", "sum(range(100))", "sum([1, 2], 10)", "sum(['a'])"],
    "len": ["len('héllo')", "len([1, 2])", "len({})", "len(range(10))", "len(b'ab')", "len(5)"],
    "int": ["int('42')", "int(' -7 ')", "int(3.9)", "int(-3.9)", "int('ff', 16)", "int('0x1f', 0)", "int('1_000')", "int('abc')", "int(True)", "int('9' * 30)"],
    "float": ["float('1.5')", "float(' inf ')", "float('-nan')", "float(3)", "float('1e-5')", "float('x')", "float(2**70)"],
    "str": ["str(1)", "str(1.0)", "str(None)", "str([1, 'a'])", "str(b'x')", "str(1e16)", "str(1e-7)", "str(123456789.125)"],
    "repr": ["repr('a\\'b')", "repr('a\"b')", "repr('\\n\\x00é')", "repr(1.1)", "repr((1,))", "repr({'a': [1, (2,)]})", "repr(b'\\x00a')"],
    "bool": ["bool(0)", "bool('')", "bool('0')", "bool([0])", "bool(None)", "bool(0.0)", "bool({})"],
    "chr_ord": ["chr(65)", "chr(0x1F600)", "ord('a')", "ord('é')", "chr(-1)", "ord('ab')"],
    "hex_oct_bin": ["hex(255)", "hex(-1)", "oct(8)", "bin(5)", "bin(-5)", "hex(2**70)"],
    "range": ["list(range(5))", "list(range(2, 10, 3))", "list(range(10, 0, -3))", "range(5)[2]", "len(range(0, 10, 3))", "3 in range(5)", "range(0)", "range(1, 2, 0)"],
    "enumerate_zip": ["list(enumerate('ab'))", "list(enumerate('ab', 5))", "list(zip([1, 2], 'abc'))", "list(zip())", "dict(enumerate('xy'))"],
    "map_filter": ["list(map(str, [1, 2]))", "list(map(lambda a, b: a + b, [1, 2], [3, 4]))", "list(filter(None, [0, 1, '', 'a']))", "list(filter(lambda x: x > 1, [1, 2, 3]))"],
    "sorted": ["sorted([3, 1, 2])", "sorted('cba')", "sorted([1, 'a'])", "sorted([-3, 1, 2], key=abs)", "sorted({'b': 1, 'a': 2})", "sorted([2, 1], reverse=True)"],
    "any_all": ["any([])", "all([])", "any([0, 0, 1])", "all([1, 1, 0])", "any('')", "all('abc')"],
    "isinstance": ["isinstance(1, int)", "isinstance(True, int)", "isinstance(1, (str, float))", "isinstance('a', str)", "isinstance([], list)", "issubclass(bool, int)", "isinstance(1, 'x')"],
    "tuple_list": ["tuple([1, 2])", "list('abc')", "tuple()", "list((1,))", "list({'a': 1})", "tuple(range(3))", "list(5)"],
    "hash": ["hash(1) == hash(1.0)", "hash('a') == hash('a')", "hash((1, 2)) == hash((1, 2))", "hash([])", "hash(-1)", "hash(2**61)"],
    "format": ["format(3.14159, '.2f')", "format(42, '08b')", "format('x', '>5')", "format(1234.5, ',')", "format(0.000012, 'g')", "format(12, 'z')"],
    "iter_next": ["next(iter([1, 2]))", "next(iter([]), 'dflt')", "next(iter([]))", "list(iter('ab'))"],
    "reversed": ["list(reversed([1, 2, 3]))", "list(reversed('abc'))", "list(reversed(range(3)))", "reversed(5)"],
    "type": ["type(1)", "type('a').__name__", "type(None)", "type([]) is list", "type(1.0) == float"],
    "getattr": ["getattr('abc', 'upper')()", "getattr(1, 'real')", "getattr(1, 'zz', 'default')", "hasattr([], 'append')", "getattr(1, 'zz')"],
    "callable": ["callable(len)", "callable(1)", "callable(lambda: 0)", "callable(str)"],
    "bytes": ["bytes(3)", "bytes([65, 66])", "b'abc'[1]", "b'abc'[1:]", "'é'.encode()", "b'\\xc3\\xa9'.decode()", "bytes.fromhex('ff00')", "b'ab'.hex()", "b'\\xff'.decode()"],
}


def gen_tables(prefix, progs):
    for name, body in progs.items():
        write(f"t_{prefix}_{name}", HEADER + body)


def gen_builtins():
    for name, exprs in BUILTIN_PROGRAMS.items():
        write(f"t_builtin_{name}", HEADER + "".join(f"show(lambda: {e})\n" for e in exprs))


FORMAT_VALUES = ["0", "7", "-42", "123456789", "2**70", "3.14159", "-0.5", "1e20", "1e-10", "0.0", "float('inf')", "float('nan')", "True", "'text'"]
FORMAT_SPECS = ["", "5", "<6", ">6", "^7", "*^9", "+", " ", "05", ",", "_", "x", "X", "#x", "o", "b", "e", ".3e", "f", ".2f", "10.4f", "g", ".3g", "%", ".1%", "s", "n", "c", "#b", "=+8", "E", "G", ".0f", "z.1f"]


def gen_format():
    for i in range(0, len(FORMAT_SPECS), 3):
        specs = FORMAT_SPECS[i:i + 3]
        lines = [HEADER]
        for v in FORMAT_VALUES:
            for s in specs:
                lines.append(f"show(lambda: format({v}, {s!r}))\n")
                lines.append(f"show(lambda: f'{{{v}:{s}}}')\n")
        write(f"t_format_{i // 3:02d}", "".join(lines))


PERCENT = ["'%d' % 5", "'%5.2f' % 3.14159", "'%s and %r' % ('a', 'b')", "'%x %o %X' % (255, 8, 255)", "'%-5s|' % 'ab'", "'%05d' % -3", "'%%'%()", "'%(a)s' % {'a': 1}", "'%d' % 'x'", "'%s' % (1, 2)", "'%c' % 65", "'%e' % 12345.678", "'%g' % 0.00001", "'%+d' % 7", "'%.3s' % 'abcdef'", "'%i' % 3.7"]


def gen_misc():
    write("t_percent_format", HEADER + "".join(f"show(lambda: {e})\n" for e in PERCENT))
    ints = ["7 // 2", "-7 // 2", "7 % -3", "-7 % 3", "2 ** 100", "2 ** -2", "10 / 4", "1 / 3", "7.0 // 2", "-7.5 % 2", "1 << 100", "-1 >> 5", "5 & -2", "(2**100) // 3", "(2**100) % 7", "-(2**100) // 7", "0.1 + 0.2", "1e308 * 10", "2.0 ** 1024", "1 / 0", "1 % 0", "1.0 // 0", "int('1' * 50) * 3", "9007199254740993 + 0.0", "round(1e15 + 0.5)"]
    write("t_arith_edge", HEADER + "".join(f"show(lambda: {e})\n" for e in ints))


SEQS = {"str": "'abcdefgh'", "list": "list(range(8))", "tuple": "tuple('abcdefgh')", "bytes": "b'abcdefgh'", "range": "range(8)"}
SLICES = ["[:]", "[2:]", "[:3]", "[-3:]", "[:-3]", "[1:6:2]", "[::-1]", "[::-2]", "[6:1:-2]", "[100:]", "[-100:100]", "[3:3]", "[5:2]", "[::3]", "[0]", "[-1]", "[7]", "[8]", "[-9]", "[1:2:0]"]


def gen_slices():
    for name, seq in SEQS.items():
        lines = [HEADER, f"s = {seq}\n"]
        for sl in SLICES:
            lines.append(f"show(lambda: s{sl})\n")
        write(f"t_slice_{name}", "".join(lines))


EXCEPTIONS = ["ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "AttributeError",
              "RuntimeError", "NotImplementedError", "OverflowError", "AssertionError", "NameError",
              "LookupError", "ArithmeticError", "Exception", "StopIteration", "UnicodeError", "RecursionError"]


def gen_exceptions():
    for e in EXCEPTIONS:
        body = f"""def thrower(args):
    raise {e}(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except {e} as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class Sub{e}({e}):
    pass

try:
    raise Sub{e}("sub")
except {e} as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, {e}), isinstance(exc, Exception))

def wrapped():
    try:
        raise {e}("inner")
    except {e} as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise {e}("uncaught {e}")
"""
        write(f"t_exc_{e.lower()}", body)


def gen_jumps():
    loops = {
        "for": ("for i in range(6):", ""),
        "while": ("i = -1\n    while i < 5:\n        i += 1", ""),
    }
    wrappers = {
        "tryfinally": ("try:", "finally:\n            print('  finally', i)"),
        "tryexcept": ("try:", "except ValueError:\n            print('  never')"),
        "with": ("with CM(i):", ""),
        "nested": ("for _ in range(1):", ""),
    }
    jumps = {"break": "break", "continue": "continue", "return": "return ('returned', i)"}
    for ln, (lhead, _) in loops.items():
        for wn, (whead, wtail) in wrappers.items():
            for jn, jump in jumps.items():
                body = f"""class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('  exit', self.i)
        return False

def f():
    {lhead}
        {whead}
            print('iter', i)
            if i == 2:
                {jump}
            if i == 4:
                {jump}
            print('after', i)
        {wtail}
    else:
        print('loop else')
    return ('end', i)

print(f())
"""
                write(f"t_jump_{ln}_{wn}_{jn}", body)


INT_METHODS = ["(255).bit_length()", "(-1).bit_length()", "(0).bit_count()" if False else "(7).bit_count()",
               "(1024).to_bytes(2, 'big')", "(1024).to_bytes(2, 'little')", "(-1).to_bytes(2, 'big', signed=True)",
               "(256).to_bytes(1, 'big')", "int.from_bytes(b'\\x01\\x00', 'big')", "int.from_bytes(b'\\xff', 'little', signed=True)",
               "(10).__add__(5)", "(3).real", "(3).imag", "(3).numerator", "(6).conjugate()", "True + True", "(5).__index__()",
               "int.__name__", "(2**100).bit_length()", "abs(-2**100)", "(12).as_integer_ratio()"]
FLOAT_METHODS = ["(2.5).is_integer()", "(2.0).is_integer()", "(0.75).as_integer_ratio()", "(1.5).hex()", "float.fromhex('0x1.8p1')",
                 "(3.7).__floor__()", "(3.2).__ceil__()", "(2.5).__round__()", "(-2.5).__trunc__()", "(1e16).real",
                 "float('1_000.5')", "(0.1).conjugate()", "1.0 == 1", "float('inf') > 2**2000", "(5e-324).hex()"]


def gen_numeric_methods():
    write("t_int_methods", HEADER + "".join(f"show(lambda: {e})\n" for e in INT_METHODS))
    write("t_float_methods", HEADER + "".join(f"show(lambda: {e})\n" for e in FLOAT_METHODS))


BYTES_METHODS = ["b'abc'.upper()", "b'a,b'.split(b',')", "b'  x '.strip()", "b'abc'.find(b'c')", "b'ab' + b'cd'", "b'ab' * 2",
                 "b'hello'.replace(b'l', b'L')", "b'abc'.startswith(b'a')", "b'%d-%s' % (5, b'x')", "bytes([1, 2, 300])",
                 "b'abc'.decode('ascii')", "b'xyz'.index(b'z')", "list(b'ab')", "b'a' in b'cab'", "97 in b'abc'", "b'AbC'.lower()",
                 "b'abc' < b'abd'", "b'-'.join([b'a', b'b'])", "bytearray(b'ab')", "bytes(bytearray(b'xy'))", "b'\\x00\\xff'.hex(':')"]


def gen_bytes():
    write("t_bytes_methods", HEADER + "".join(f"show(lambda: {e})\n" for e in BYTES_METHODS))


STR_FORMAT = ["'{} {}'.format(1, 2)", "'{1} {0}'.format('a', 'b')", "'{x}{y}'.format(x=1, y=2)", "'{:>5}'.format('r')",
              "'{0[1]}'.format([5, 6])", "'{a[k]}'.format(a={'k': 'v'})", "'{:.3}'.format(3.14159)", "'{!r}'.format('q')",
              "'{:,}'.format(10**7)", "'{:08.3f}'.format(-3.5)", "'{{}}'.format()", "'{}'.format()", "'{:d}'.format('x')",
              "'{0.real}'.format(5)", "'{:^10.3s}'.format('abcdef')", "'{:c}'.format(97)", "'{:+.2e}'.format(12345.678)"]


def gen_str_format():
    write("t_str_format_method", HEADER + "".join(f"show(lambda: {e})\n" for e in STR_FORMAT))


MODULES = {
    "json_dumps": "import json\nfor v in [1, 'a', [1, 2.5, None], {'b': 1, 'a': [True, False]}, 'é\\n', 1e100, {'k': {'n': []}}]:\n    print(json.dumps(v), json.dumps(v, sort_keys=True), json.dumps(v, separators=(',', ':')))\nprint(json.dumps({'a': 1}, indent=2))\nshow(lambda: json.dumps({1: 2}))\nshow(lambda: json.dumps(set()))\n",
    "json_loads": "import json\nfor s in ['1', '\"x\"', '[1, 2.5, null]', '{\"a\": {\"b\": [true]}}', '1e5', '\"\\\\u00e9\"', '[', '{\"a\" 1}', 'NaN']:\n    show(lambda: json.loads(s))\n",
    "math": "import math\nfor e in [lambda: math.sqrt(16), lambda: math.floor(-2.5), lambda: math.ceil(2.1), lambda: math.gcd(12, 18), lambda: math.isqrt(99), lambda: math.pi, lambda: math.inf, lambda: math.isnan(math.nan), lambda: math.sqrt(-1), lambda: math.log(8, 2), lambda: math.fabs(-3), lambda: math.factorial(20), lambda: math.comb(10, 3), lambda: math.trunc(-3.9), lambda: math.copysign(1, -0.0)]:\n    show(e)\n",
    "re": "import re\nshow(lambda: re.findall(r'\\d+', 'a1b22c333'))\nshow(lambda: re.sub(r'(\\w)(\\d)', r'\\2\\1', 'a1 b2'))\nm = re.match(r'(\\w+)@(\\w+)\\.com', 'joe@mail.com')\nprint(m.group(0), m.group(1), m.groups(), m.span())\nshow(lambda: re.split(r'[,;]\\s*', 'a, b;c'))\nshow(lambda: re.fullmatch(r'[a-z]+', 'abc') is not None)\nshow(lambda: re.search(r'x', 'abc'))\np = re.compile(r'(?P<k>\\w+)=(?P<v>\\w+)')\nprint([m.groupdict() for m in p.finditer('a=1 b=2')])\n",
    "datetime": "import datetime\nd = datetime.datetime(2024, 1, 31, 12, 30, 5)\nprint(d, d.isoformat(), d + datetime.timedelta(days=1, hours=13), d.year, d.weekday())\nprint(datetime.date(2020, 2, 29).isoformat(), datetime.timedelta(seconds=3661))\nprint(d.strftime('%Y-%m-%d %H:%M'))\nshow(lambda: datetime.datetime.fromisoformat('2024-05-06T07:08:09+00:00'))\n",
    "decimal": "from decimal import Decimal\nprint(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(3), Decimal('10.50').quantize(Decimal('0.1')))\nprint(Decimal('3.14') * 2, Decimal('1e3'), str(Decimal('0.00')), Decimal('2') ** 10)\nshow(lambda: Decimal('x'))\n",
    "hashlib_base64": "import hashlib\nimport base64\nprint(hashlib.sha256(b'abc').hexdigest())\nprint(hashlib.sha3_256(b'').hexdigest())\nprint(base64.b64encode(b'hello'), base64.b64decode('aGVsbG8='), base64.urlsafe_b64encode(b'\\xff\\xfe'))\n",
}


def gen_modules():
    for name, body in MODULES.items():
        write(f"t_module_{name}", HEADER + body)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("t_") and f.endswith(".py"):
            os.remove(os.path.join(OUT, f))
    gen_binops()
    gen_cmpops()
    gen_augassign()
    gen_unary()
    gen_str_methods()
    gen_tables("list", LIST_PROGRAMS)
    gen_tables("dict", DICT_PROGRAMS)
    gen_tables("set", SET_PROGRAMS)
    gen_builtins()
    gen_format()
    gen_misc()
    gen_slices()
    gen_exceptions()
    gen_jumps()
    gen_numeric_methods()
    gen_bytes()
    gen_str_format()
    gen_modules()


if __name__ == "__main__":
    main()
