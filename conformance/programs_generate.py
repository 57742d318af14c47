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


DUNDERS = {
    "repr_str": "class A:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return f'A({self.v!r})'\n    def __str__(self):\n        return f'<{self.v}>'\na = A('x')\nprint(a, repr(a), str(a), [a], f'{a}', f'{a!r}', (a,), {'k': a})\n",
    "eq_hash": "class P:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n    def __eq__(self, o):\n        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)\n    def __hash__(self):\n        return hash((self.x, self.y))\ns = {P(1, 2), P(1, 2), P(2, 1)}\nprint(len(s), P(1, 2) in s, P(0, 0) in s, P(1, 2) == P(1, 2), P(1, 2) != P(1, 2), P(1, 2) == 5)\nd = {P(1, 1): 'a'}\nprint(d[P(1, 1)])\nclass NoHash:\n    def __eq__(self, o):\n        return True\nshow(lambda: {NoHash()})\n",
    "ordering": "class V:\n    def __init__(self, n):\n        self.n = n\n    def __lt__(self, o):\n        return self.n < o.n\n    def __le__(self, o):\n        return self.n <= o.n\n    def __repr__(self):\n        return f'V{self.n}'\nvs = [V(3), V(1), V(2)]\nprint(sorted(vs), min(vs), max(vs), V(1) < V(2), V(2) > V(1), V(1) >= V(1))\nshow(lambda: V(1) < 5)\n",
    "arith": "class M:\n    def __init__(self, v):\n        self.v = v\n    def __add__(self, o):\n        return M(self.v + (o.v if isinstance(o, M) else o))\n    def __radd__(self, o):\n        return M(o + self.v)\n    def __mul__(self, o):\n        return M(self.v * o)\n    def __neg__(self):\n        return M(-self.v)\n    def __sub__(self, o):\n        return NotImplemented\n    def __repr__(self):\n        return f'M({self.v})'\nprint(M(1) + M(2), M(1) + 5, 5 + M(1), M(3) * 2, -M(4), sum([M(1), M(2)], M(0)))\nshow(lambda: M(1) - M(2))\nshow(lambda: 2 * M(1))\nm = M(1)\nm += 10\nprint(m)\n",
    "container": "class Bag:\n    def __init__(self):\n        self.items = []\n    def __len__(self):\n        return len(self.items)\n    def __getitem__(self, i):\n        return self.items[i]\n    def __setitem__(self, i, v):\n        self.items[i] = v\n    def __delitem__(self, i):\n        del self.items[i]\n    def __contains__(self, x):\n        return x in self.items\n    def __iter__(self):\n        return iter(self.items)\n    def add(self, x):\n        self.items.append(x)\n        return self\nb = Bag().add(1).add(2).add(3)\nb[0] = 10\ndel b[1]\nprint(len(b), b[0], b[-1], 3 in b, 2 in b, list(b), [x * 2 for x in b], bool(b), bool(Bag()))\nshow(lambda: b[5])\n",
    "iterator": "class Count:\n    def __init__(self, n):\n        self.i, self.n = 0, n\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.i >= self.n:\n            raise StopIteration\n        self.i += 1\n        return self.i\nprint(list(Count(4)), sum(Count(10)), [x for x in Count(3)])\nc = Count(2)\nprint(next(c), next(c), next(c, 'done'))\nfor a, b in zip(Count(3), 'xyz'):\n    print(a, b)\n",
    "call_bool": "class Adder:\n    def __init__(self, k):\n        self.k = k\n    def __call__(self, x, y=0):\n        return x + y + self.k\n    def __bool__(self):\n        return self.k != 0\na = Adder(5)\nprint(a(1), a(1, y=2), callable(a), bool(a), bool(Adder(0)), 'yes' if Adder(0) else 'no', list(map(a, [1, 2])))\n",
    "properties": "class T:\n    def __init__(self):\n        self._c = 0\n    @property\n    def c(self):\n        return self._c\n    @c.setter\n    def c(self, v):\n        if v < 0:\n            raise ValueError('neg')\n        self._c = v\n    @property\n    def double(self):\n        return self._c * 2\nt = T()\nt.c = 5\nprint(t.c, t.double)\nshow(lambda: setattr(t, 'c', -1))\nshow(lambda: setattr(t, 'double', 1))\n",
    "static_class_methods": "class K:\n    count = 0\n    def __init__(self):\n        K.count += 1\n    @staticmethod\n    def twice(x):\n        return 2 * x\n    @classmethod\n    def make(cls, n):\n        return [cls() for _ in range(n)]\n    @classmethod\n    def how_many(cls):\n        return cls.count\nK.make(3)\nprint(K.twice(4), K().twice(5), K.how_many(), K.count)\nclass K2(K):\n    pass\nprint(type(K2.make(1)[0]).__name__, K2.how_many())\n",
    "inheritance": "class A:\n    def who(self):\n        return 'A'\n    def hello(self):\n        return 'hello from ' + self.who()\nclass B(A):\n    def who(self):\n        return 'B'\nclass C(A):\n    def who(self):\n        return 'C+' + super().who()\nclass D(B, C):\n    pass\nprint(A().hello(), B().hello(), C().hello(), D().hello(), [k.__name__ for k in D.__mro__] if hasattr(D, '__mro__') else None)\nprint(isinstance(D(), C), issubclass(D, A), issubclass(A, D))\n",
    "class_attrs": "class Cfg:\n    x = 1\n    items = []\n    y = x + 1\n    def get(self):\n        return self.x\na, b = Cfg(), Cfg()\na.x = 10\na.items.append(1)\nprint(a.get(), b.get(), Cfg.x, Cfg.y, b.items, Cfg.items is a.items)\nCfg.x = 7\nprint(b.get(), a.get())\nshow(lambda: a.missing)\nshow(lambda: Cfg.missing)\n",
    "dataclass_basic": "from dataclasses import dataclass, field\n@dataclass\nclass Pt:\n    x: int\n    y: int = 0\n    tags: list = field(default_factory=list)\np = Pt(1)\nq = Pt(1, 0)\np.tags.append('a')\nprint(p, q, p == q, Pt(2, 3), Pt(x=5, y=6).y)\nPtd = [Pt][0]  # bad calls through a variable: the checker rejects them at compile time\nshow(lambda: Ptd())\nshow(lambda: Ptd(1, 2, [], 4))\nshow(lambda: Ptd(1, z=2))\n",
    "dataclass_order_frozen": "from dataclasses import dataclass\n@dataclass(order=True, frozen=True)\nclass Ver:\n    major: int\n    minor: int = 0\nvs = [Ver(1, 2), Ver(0, 9), Ver(1, 0)]\nprint(sorted(vs), Ver(1) < Ver(1, 1), Ver(2) == Ver(2, 0), len({Ver(1), Ver(1)}))\ndef mutate():\n    v = Ver(1)\n    v.major = 3\nshow(mutate)\n@dataclass\nclass Child(Ver.__class__ if False else object):\n    a: str = 'x'\nprint(Child())\n",
    "dataclass_post_init": "from dataclasses import dataclass\n@dataclass\nclass R:\n    w: int\n    h: int\n    def __post_init__(self):\n        self.area = self.w * self.h\n    def scale(self, k):\n        return R(self.w * k, self.h * k)\nr = R(2, 3)\nprint(r, r.area, r.scale(2), r.scale(2).area)\n",
    "exception_class": "class AppError(Exception):\n    def __init__(self, code, msg='default'):\n        super().__init__(f'{code}: {msg}')\n        self.code = code\nclass NotFound(AppError):\n    pass\nfor exc in [AppError(1), NotFound(404, 'missing'), AppError(2, msg='x')]:\n    try:\n        raise exc\n    except NotFound as e:\n        print('NF', e.code, e, e.args)\n    except AppError as e:\n        print('AE', e.code, e, repr(e))\nclass Plain(Exception):\n    pass\nprint(repr(Plain()), repr(Plain(1, 2)), str(Plain('m')))\nclass WithStr(Exception):\n    def __str__(self):\n        return 'custom!'\ntry:\n    raise WithStr('ignored')\nexcept WithStr as e:\n    print(e, e.args)\nraise NotFound(1, 'final')\n",
}


CLOSURES = {
    "decorator": "def trace(f):\n    def wrapper(*args, **kw):\n        print('call', f.__name__, args, kw)\n        r = f(*args, **kw)\n        print('ret', r)\n        return r\n    return wrapper\n@trace\ndef add(a, b=1):\n    return a + b\nadd(2)\nadd(2, b=5)\n",
    "decorator_args": "def repeat(n):\n    def deco(f):\n        def w(*a):\n            return [f(*a) for _ in range(n)]\n        return w\n    return deco\n@repeat(3)\ndef hi(x):\n    return 'hi ' + x\nprint(hi('bob'))\ndef memo(f):\n    cache = {}\n    def w(n):\n        if n not in cache:\n            cache[n] = f(n)\n        return cache[n]\n    return w\n@memo\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(80))\n",
    "counter_factory": "def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    def get():\n        return count\n    return inc, get\ni1, g1 = counter()\ni2, g2 = counter()\ni1(); i1(); i2()\nprint(g1(), g2(), i1())\n",
    "nested_scopes": "x = 'global'\ndef f():\n    x = 'f'\n    def g():\n        def h():\n            return x\n        return h()\n    return g()\ndef k():\n    return x\nprint(f(), k())\ndef shadow():\n    x = 1\n    def inner():\n        x = 2\n        return x\n    return inner(), x\nprint(shadow())\n",
    "lambda_capture": "fs = []\nfor i in range(3):\n    fs.append(lambda: i)\nprint([f() for f in fs])\ngs = [lambda i=i: i * 10 for i in range(3)]\nprint([g() for g in gs])\ndef mk(n):\n    return lambda x: x ** n\nsq, cube = mk(2), mk(3)\nprint(sq(4), cube(2))\nprint((lambda a, *b, c=3, **d: (a, b, c, d))(1, 2, c=4, e=5))\nprint(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))\n",
    "global_stmt": "total = 0\ncalls = []\ndef add(n):\n    global total\n    total += n\n    calls.append(n)\ndef reset():\n    global total, calls\n    total = 0\n    calls = []\nadd(1); add(2)\nprint(total, calls)\nreset()\nadd(5)\nprint(total, calls)\ndef read_only():\n    return total * 2\nprint(read_only())\n",
    "nonlocal_chain": "def outer():\n    a = 1\n    def mid():\n        nonlocal a\n        a += 10\n        def inner():\n            nonlocal a\n            a *= 2\n            return a\n        return inner()\n    r = mid()\n    return a, r\nprint(outer())\ndef acc():\n    items = []\n    def push(x):\n        items.append(x)\n        return len(items)\n    return push, items\np, items = acc()\np(1); p(2)\nprint(items)\n",
    "recursive_closure": "def make():\n    def walk(t, depth=0):\n        if isinstance(t, list):\n            return sum(walk(x, depth + 1) for x in t)\n        return t * depth\n    return walk\nprint(make()([1, [2, [3, [4]]]]))\ndef flatten(x):\n    out = []\n    def rec(y):\n        for e in y:\n            if isinstance(e, (list, tuple)):\n                rec(e)\n            else:\n                out.append(e)\n    rec(x)\n    return out\nprint(flatten([1, (2, [3, 4]), [[5]]]))\n",
    "unbound_errors": "def f():\n    print(x)\n    x = 1\nshow(f)\ndef g():\n    def h():\n        return y\n    r = h()\n    y = 2\n    return r\nshow(g)\n",
}

ALGOS = {
    "wordcount": "text = 'the quick brown fox jumps over the lazy dog the end'\ncounts = {}\nfor w in text.split():\n    counts[w] = counts.get(w, 0) + 1\nprint(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))\n",
    "palindromes": "def is_pal(s):\n    t = ''.join(c.lower() for c in s if c.isalnum())\n    return t == t[::-1]\nfor s in ['Racecar', 'A man, a plan, a canal: Panama', 'hello', '', 'No lemon, no melon']:\n    print(repr(s), is_pal(s))\n",
    "caesar": "def shift(s, k):\n    out = []\n    for c in s:\n        if c.isalpha():\n            base = ord('a') if c.islower() else ord('A')\n            out.append(chr((ord(c) - base + k) % 26 + base))\n        else:\n            out.append(c)\n    return ''.join(out)\nm = shift('Hello, World!', 3)\nprint(m, shift(m, -3))\n",
    "matrix": "def matmul(a, b):\n    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]\na = [[1, 2], [3, 4]]\nb = [[5, 6], [7, 8]]\nprint(matmul(a, b), matmul(a, [[1, 0], [0, 1]]))\nprint([list(r) for r in zip(*a)])\n",
    "gcd_lcm": "def gcd(a, b):\n    while b:\n        a, b = b, a % b\n    return a\ndef lcm(a, b):\n    return a * b // gcd(a, b)\nprint(gcd(48, 18), lcm(4, 6), gcd(2**100, 2**64 * 3), [gcd(i, 12) for i in range(1, 13)])\n",
    "binary_search": "def bsearch(xs, t):\n    lo, hi = 0, len(xs) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if xs[mid] == t:\n            return mid\n        if xs[mid] < t:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return -1\nxs = list(range(0, 100, 3))\nprint([bsearch(xs, t) for t in [0, 3, 99, 50, 51, -1]])\n",
    "sorting": "def insertion(xs):\n    xs = list(xs)\n    for i in range(1, len(xs)):\n        k = xs[i]\n        j = i - 1\n        while j >= 0 and xs[j] > k:\n            xs[j + 1] = xs[j]\n            j -= 1\n        xs[j + 1] = k\n    return xs\ndef quick(xs):\n    if len(xs) <= 1:\n        return xs\n    p, *rest = xs\n    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])\ndata = [5, 2, 9, 1, 5, 6, -3, 0]\nprint(insertion(data), quick(data), sorted(data) == quick(data))\n",
    "primes": "def primes(n):\n    out = []\n    for c in range(2, n):\n        for p in out:\n            if p * p > c:\n                break\n            if c % p == 0:\n                break\n        else:\n            out.append(c)\n    return out\nprint(primes(60))\n",
    "bank": "class Account:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self.balance = balance\n        self.history = []\n    def deposit(self, amt):\n        if amt <= 0:\n            raise ValueError('amount must be positive')\n        self.balance += amt\n        self.history.append(('dep', amt))\n    def withdraw(self, amt):\n        if amt > self.balance:\n            raise ValueError(f'insufficient funds: {self.balance} < {amt}')\n        self.balance -= amt\n        self.history.append(('wd', amt))\na = Account('ann', 100)\nfor op, amt in [('deposit', 50), ('withdraw', 500), ('withdraw', 30), ('deposit', -1)]:\n    try:\n        getattr(a, op)(amt)\n    except ValueError as e:\n        print('error:', e)\nprint(a.balance, a.history)\n",
    "json_roundtrip": "import json\ndata = {'users': [{'name': 'a', 'age': 30, 'tags': ['x']}, {'name': 'b', 'age': None, 'tags': []}], 'ok': True, 'ratio': 0.25}\ns = json.dumps(data, sort_keys=True)\nprint(s)\nback = json.loads(s)\nprint(back == data, back['users'][0]['tags'], type(back['ratio']).__name__)\n",
    "string_ops": "s = 'Hello, World'\nprint(s.lower().count('l'), s[::-1], s.split(', '), '-'.join(reversed(s.split(', '))), s.replace('l', 'L', 2), s.center(20, '*'))\nprint([c for c in s if c.isupper()], s.find('World'), s.index('o'), s.rfind('o'), s.startswith(('He', 'x')))\nprint(' '.join(w.capitalize() for w in 'the cat sat'.split()), 'a b  c'.split(' '), '%s=%d' % ('x', 5))\n",
    "dict_grouping": "rows = [('fruit', 'apple'), ('veg', 'kale'), ('fruit', 'pear'), ('nut', 'pecan'), ('veg', 'leek')]\ngroups = {}\nfor k, v in rows:\n    groups.setdefault(k, []).append(v)\nprint(groups)\nprint({k: len(v) for k, v in groups.items()})\nprint(sorted(groups, key=lambda k: len(groups[k]), reverse=True))\ninv = {v: k for k, vs in groups.items() for v in vs}\nprint(inv)\n",
    "stack_queue": "stack = []\nfor c in '(a[b]{c})':\n    if c in '([{':\n        stack.append(c)\n    elif c in ')]}':\n        stack.pop()\nprint(stack == [])\ndef balanced(s):\n    pairs = {')': '(', ']': '[', '}': '{'}\n    st = []\n    for c in s:\n        if c in '([{':\n            st.append(c)\n        elif c in pairs:\n            if not st or st.pop() != pairs[c]:\n                return False\n    return not st\nprint([balanced(x) for x in ['()', '([)]', '{[]}', '((', '']])\n",
    "fizzbuzz": "def fb(n):\n    out = []\n    for i in range(1, n + 1):\n        s = ''\n        if i % 3 == 0:\n            s += 'Fizz'\n        if i % 5 == 0:\n            s += 'Buzz'\n        out.append(s or str(i))\n    return out\nprint(' '.join(fb(20)))\n",
    "bigint_math": "def fact(n):\n    r = 1\n    for i in range(2, n + 1):\n        r *= i\n    return r\nf = fact(50)\nprint(f, len(str(f)), f % 1000007, f // 10**60, -f // 7, str(f)[:10], hex(f)[:12], f.bit_length())\nprint(2**200 - 1 == int('1' * 200, 2), (3**100) % (2**61 - 1), pow(3, 100, 2**61 - 1))\n",
    "float_fmt": "vals = [0.1, 1/3, 2/3, 1e-7, 123456789.123, 1e22, 5e-324, 2.5, -0.0, 100.0, 1.5e300 * 1.5e300]\nfor v in vals:\n    print(repr(v), str(v), f'{v:.3f}', f'{v:g}', f'{v:e}', round(v, 2) if v == v and abs(v) != float('inf') else v)\n",
    "tuples": "t = (1, 'a', (2, 3))\na, b, (c, d) = t\nprint(t[1:], t + (4,), t * 2, len(t), t.index('a'), t.count(1), a, b, c, d, (1, 2) < (1, 3), (1,) == (1,), hash((1, 2)) == hash((1, 2)))\nshow(lambda: t[5])\nshow(lambda: t.__setitem__(0, 1))\n",
    "sets_ops": "a = set(range(10))\nevens = {x for x in a if x % 2 == 0}\nprint(sorted(a - evens), sorted(evens & {0, 1, 2, 3}), len(a | {100}), evens <= a, {1, 2} ^ {2, 3} == {1, 3})\nseen = set()\ndup = []\nfor x in [3, 1, 3, 2, 1]:\n    if x in seen:\n        dup.append(x)\n    seen.add(x)\nprint(dup, sorted(seen))\n",
    "enumerate_zip_loops": "names = ['a', 'b', 'c']\nscores = [90, 85, 77]\nfor i, (n, s) in enumerate(zip(names, scores), 1):\n    print(i, n, s)\nprint(dict(zip(names, scores)), list(zip(*[(1, 'x'), (2, 'y')])))\nfor i in reversed(range(3)):\n    print('rev', i)\n",
    "while_search": "def find_first(xs, pred):\n    i = 0\n    while i < len(xs):\n        if pred(xs[i]):\n            break\n        i += 1\n    else:\n        return None\n    return i\nprint(find_first([1, 3, 5, 6, 7], lambda x: x % 2 == 0), find_first([1, 3], lambda x: x > 5))\n",
    "exceptions_flow": "def risky(n):\n    if n == 0:\n        raise ValueError('zero')\n    if n == 1:\n        return 1 / 0\n    if n == 2:\n        return [][1]\n    if n == 3:\n        return {}['k']\n    if n == 4:\n        return int('x')\n    if n == 5:\n        return None + 1\n    return 'ok'\nfor n in range(7):\n    try:\n        print(n, risky(n))\n    except (ValueError, ZeroDivisionError) as e:\n        print(n, 'value/zero', type(e).__name__, e)\n    except LookupError as e:\n        print(n, 'lookup', type(e).__name__, e)\n    except Exception as e:\n        print(n, 'other', type(e).__name__, e)\n    finally:\n        print(n, 'done')\n",
    "assert_messages": "def check(x):\n    assert isinstance(x, int), f'expected int, got {type(x).__name__}'\n    assert x >= 0, 'negative'\n    return x\nfor v in [1, -1, 'a', 2.5]:\n    try:\n        print(check(v))\n    except AssertionError as e:\n        print('assert', e)\n",
    "walrus": "data = [1, 5, 12, 7, 30]\nif (n := len(data)) > 3:\n    print('long', n)\nprint([y for x in data if (y := x * 2) > 10])\ni = 0\nwhile (i := i + 1) < 4:\n    print('i', i)\n",
    "chained_compare": "def classify(x):\n    if x < 0:\n        return 'neg'\n    elif 0 <= x < 10:\n        return 'small'\n    elif 10 <= x < 100 != x:\n        return 'medium'\n    return 'large'\nprint([classify(v) for v in [-5, 0, 9, 10, 99, 100, 1000]])\nprint(1 < 2 > 1.5 == 1.5 != 2, 'a' < 'b' < 'c', [1] < [1, 2] <= [1, 2])\n",
    "conditional_expr": "for x in [-2, 0, 3]:\n    print('pos' if x > 0 else 'zero' if x == 0 else 'neg', abs(x) if x else None)\nprint([x if x % 2 else -x for x in range(6)])\n",
    "star_unpack_calls": "def f(a, b, c=0, *rest, **kw):\n    return a, b, c, rest, sorted(kw.items())\nargs = [1, 2]\nopts = {'x': 1}\nprint(f(*args), f(*args, 3, 4, 5), f(*args, **opts), f(0, *'xy', **{'y': 2}, z=3))\nprint([*range(3), *'ab'], {**{'a': 1}, 'b': 2, **{'a': 3}}, (*[1, 2],))\nprint(max(*[3, 9, 2]), print(*['a', 'b'], sep='|'))\n",
}


def gen_handwritten_tables():
    for name, body in DUNDERS.items():
        write(f"t_class_{name}", HEADER + body)
    for name, body in CLOSURES.items():
        write(f"t_closure_{name}", HEADER + body)
    for name, body in ALGOS.items():
        write(f"t_algo_{name}", HEADER + body)


TYPED_OPERANDS = {
    "int_int": ("a = 17\n    b = 5", [("a", "b"), ("-a", "b"), ("a", "-b"), ("a * a * a * a * a", "b"), ("0", "b"), ("a", "0")]),
    "float_float": ("a = 7.5\n    b = 2.0", [("a", "b"), ("-a", "b"), ("a", "-b"), ("a * 1e300", "b * 1e10"), ("0.0", "b"), ("a", "0.0")]),
    "int_float": ("a = 9\n    b = 0.5", [("a", "b"), ("-a", "b"), ("b", "a"), ("a * 2 ** 80", "b"), ("0", "b"), ("a", "b - b")]),
    "str_int": ("a = 'ab'\n    b = 3", [("a", "b"), ("a", "-b"), ("a", "0")]),
}


def gen_typed():
    ops = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%", "lshift": "<<", "and": "&", "lt": "<", "eq": "=="}
    for oname, op in ops.items():
        for tname, (init, pairs) in TYPED_OPERANDS.items():
            if tname == "str_int" and op not in ("*", "+"):
                continue
            lines = [HEADER]
            for i, (x, y) in enumerate(pairs):
                lines.append(f"def f{i}():\n    {init}\n    r = ({x}) {op} ({y})\n    r2 = r\n    return r2\nshow(f{i})\n")
            lines.append(f"def loop():\n    {init}\n    acc = a\n    for i in range(3):\n        try:\n            acc = (acc) {op} (b)\n        except Exception as e:\n            print('loop', type(e).__name__, e)\n            break\n    return acc\nshow(loop)\n")
            write(f"t_typed_{oname}_{tname}", "".join(lines))


def gen_aug_targets():
    for opname, op in BINOPS.items():
        body = f"""class O:
    pass
o = O()
o.v = 6
d = {{'k': 6, 'l': [1, 2]}}
l = [6, 3]
def attr():
    o.v {op}= 2
    return o.v
def item():
    d['k'] {op}= 3
    return d['k']
def idx():
    l[-1] {op}= 1
    return l
def nested():
    d['l'][0] {op}= 5
    return d
def missing():
    d['zz'] {op}= 1
for f in [attr, item, idx, nested, missing]:
    show(f)
"""
        write(f"t_augtarget_{opname}", HEADER + body)


TRY_SHAPES = ["body", "handler", "else", "finally", "none"]


def gen_try_shapes():
    for where in TRY_SHAPES:
        for caught in (True, False):
            body = f"""def f():
    try:
        print('body')
        {"raise ValueError('from body')" if where == "body" else "pass"}
    except {"ValueError" if caught else "KeyError"} as e:
        print('handler', e)
        {"raise TypeError('from handler')" if where == "handler" else "pass"}
    else:
        print('else')
        {"raise RuntimeError('from else')" if where == "else" else "pass"}
    finally:
        print('finally')
        {"raise LookupError('from finally')" if where == "finally" else "pass"}
    return 'returned'
try:
    print(f())
except Exception as e:
    print('outer', type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None)
"""
            write(f"t_tryshape_{where}_{'caught' if caught else 'uncaught'}", HEADER + body)


UNPACKS = {
    "basic": "a, b, c = 1, 2, 3\nprint(a, b, c)\n[x, y] = 'xy'\nprint(x, y)\n",
    "nested": "((a, b), [c, (d, e)]) = ((1, 2), [3, (4, 5)])\nprint(a, b, c, d, e)\n",
    "star_middle": "a, *b, c = range(5)\nprint(a, b, c)\n*a, = 'xyz'\nprint(a)\n",
    "star_empty": "a, *b, c = [1, 2]\nprint(a, b, c)\ndef f(v):\n    x, *y, z = v\n    return x, y, z\nshow(lambda: f([1]))\nshow(lambda: f('ab'))\n",
    "errors": "def f(v):\n    a, b = v\n    return a, b\nfor v in [(1, 2), (1,), (1, 2, 3), 5, 'ab', {'k': 1, 'j': 2}]:\n    show(lambda: f(v))\n",
    "swap_rotate": "a, b, c = 1, 2, 3\na, b, c = c, a, b\nprint(a, b, c)\nl = [1, 2, 3]\nl[0], l[2] = l[2], l[0]\nprint(l)\n",
    "for_targets": "pairs = [(1, 'a'), (2, 'b')]\nfor n, ch in pairs:\n    print(n, ch)\nfor i, (n, ch) in enumerate(pairs):\n    print(i, n, ch)\nfor first, *rest in [[1, 2, 3], [4]]:\n    print(first, rest)\n",
    "chained_assign": "a = b = c = []\na.append(1)\nprint(a, b, c, a is c)\nx = y = 5\nx += 1\nprint(x, y)\n",
    "dict_items": "d = {'a': 1, 'b': 2}\nfor k, v in sorted(d.items(), key=lambda kv: -kv[1]):\n    print(k, v)\nks, vs = zip(*d.items())\nprint(ks, vs)\n",
    "attr_targets": "class O:\n    pass\no = O()\no.a, o.b = 'ab'\nprint(o.a, o.b)\nl = [0] * 3\nl[0], l[1:] = 9, [8, 7]\nprint(l)\n",
}

COMPS = {
    "nested_if": "print([(x, y) for x in range(4) if x % 2 for y in range(x) if y != 1])\n",
    "dict_from_pairs": "print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})\n",
    "set_dedupe": "print(sorted({w.lower() for w in 'The the THE cat Cat'.split()}))\n",
    "gen_sum": "print(sum(x * x for x in range(10) if x % 3), max(len(w) for w in ['a', 'bbb', 'cc']), min((x for x in [3, 1, 2]), default=None))\n",
    "scope": "x = 10\nprint([x for x in range(3)], x)\nprint([x + y for y in range(2)])\nys = [lambda: y for y in range(3)]\nprint([f() for f in ys])\n",
    "matrix": "n = 3\nprint([[i * n + j for j in range(n)] for i in range(n)])\nprint([v for row in [[1, 2], [3]] for v in row])\n",
    "strings": "print([c.upper() for c in 'abc'], ''.join(c for c in 'a1b2' if c.isdigit()), {c: ord(c) for c in 'ab'})\n",
    "in_function": "def f(xs, k):\n    return [x * k for x in xs if x > k], {x: x % k for x in xs}, sorted({x // k for x in xs})\nprint(f([1, 5, 9, 12], 3))\n",
    "exceptions": "def bad(x):\n    return 10 // x\nshow(lambda: [bad(x) for x in [1, 2, 0, 3]])\nshow(lambda: {x: bad(x) for x in [5, 0]})\n",
    "any_all_short": "calls = []\ndef p(x):\n    calls.append(x)\n    return x > 2\nprint(any(p(x) for x in [1, 3, 5]), calls)\n",
}

TRUTH_VALUES = ["0", "1", "-1", "0.0", "0.1", "''", "' '", "[]", "[0]", "()", "(0,)", "{}", "{0: 0}", "set()", "None", "True", "False", "b''", "b'0'", "range(0)", "range(1)", "2**100"]


def gen_misc2():
    for name, body in UNPACKS.items():
        write(f"t_unpack_{name}", HEADER + body)
    for name, body in COMPS.items():
        write(f"t_comp_{name}", HEADER + body)
    write("t_truthiness", HEADER + "".join(f"print({v!r}, bool({v}), not {v}, 'y' if {v} else 'n', {v} or 'alt', {v} and 'and')\n" for v in TRUTH_VALUES))
    for conv in ["", "!r", "!s", "!a"]:
        vals = ['"x"', '"é\\n"', "42", "3.5", "None", '[1, "a"]', 'b"q"', "(1,)", '{"k": "v"}', "True"]
        name = {"": "none", "!r": "repr", "!s": "str", "!a": "ascii"}[conv]
        write(f"t_fstring_conv_{name}", HEADER + "".join(f"print(f'<{{ {v}{conv}}}>')\nprint(f'<{{ {v}{conv}:>12}}>')\n" for v in vals if not (conv == '' and v in ("None", '[1, "a"]', "(1,)", '{"k": "v"}', 'b"q"')) ))


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
    gen_handwritten_tables()
    gen_typed()
    gen_aug_targets()
    gen_try_shapes()
    gen_misc2()


if __name__ == "__main__":
    main()
