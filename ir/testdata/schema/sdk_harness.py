"""Generate schema goldens with the GenVM SDK's own schema generator.

Usage: python3.13 sdk_harness.py GET_SCHEMA_PY CONTRACT.py...

GET_SCHEMA_PY is the SDK's runners/genlayer-py-std/src/genlayer/py/get_schema.py
(genlayerlabs/genvm, July 2025), kept outside this repository. This harness is
our own code: it provides minimal stand-ins for the SDK modules get_schema.py
imports (Address, the sized-int NewTypes, the storage generics with the
collections.abc bases the SDK gives them, the gl.public decorators setting the
SDK's attributes) so that the SDK's algorithm runs unchanged under CPython 3.13.
For every contract it prints one line: the #get-schema JSON (json.dumps with
compact separators, as gl.Contract.__get_schema__ does), or ERROR <exception>.
"""

import collections.abc
import contextlib
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import typing

STUB_TYPES = '''
import typing
class Address:
    SIZE = 20
    def __init__(self, val):
        self._as_bytes = bytes(20)
''' + ''.join(f"u{b} = typing.NewType('u{b}', int)\ni{b} = typing.NewType('i{b}', int)\n" for b in range(8, 257, 8)) + '''
bigint = typing.NewType('bigint', int)
'''

STUB_REFLECT = '''
import contextlib
@contextlib.contextmanager
def context_type(t):
    yield
def try_get_lineno(x):
    return {}
'''

STUB_STORAGE = '''
import collections.abc
import typing
class DynArray[T](collections.abc.MutableSequence[T]):
    pass
class Array[T, S: int](collections.abc.Sequence[T]):
    pass
class TreeMap[K, V](collections.abc.MutableMapping[K, V]):
    pass
def allow_storage(cls):
    return cls
def inmem_allocate(t, *args, **kwargs):
    return t(*args, **kwargs)
def copy_to_memory(x):
    return x
'''

STUB_GL = '''
import abc
import typing
import genlayer.py.get_schema as _gs
import genlayer.py.storage as storage
from genlayer.py.types import Address

def private(f):
    return f

class _payable(metaclass=abc.ABCMeta):
    def payable(self, f):
        self(f)
        setattr(f, _gs.PAYABLE_ATTR, True)
        return f

class _min_gas(_payable):
    def __init__(self, leader, validator):
        self._leader = leader
        self._validator = validator
    def __call__(self, f):
        setattr(f, _gs.PUBLIC_ATTR, True)
        setattr(f, _gs.READONLY_ATTR, False)
        setattr(f, _gs.MIN_GAS_LEADER_ATTR, self._leader)
        setattr(f, _gs.MIN_GAS_VALIDATOR_ATTR, self._validator)
        return f

class _write(_payable):
    def min_gas(self, *, leader, validator):
        return _min_gas(leader, validator)
    def __call__(self, f):
        setattr(f, _gs.PUBLIC_ATTR, True)
        setattr(f, _gs.READONLY_ATTR, False)
        return f

class public:
    @staticmethod
    def view(f):
        setattr(f, _gs.PUBLIC_ATTR, True)
        setattr(f, _gs.READONLY_ATTR, True)
        return f
    write = _write()

class Event:
    pass

_known = None

class Contract:
    def __init_subclass__(cls):
        global _known
        if _known is not None:
            raise TypeError('only one contract is allowed')
        _known = cls
    def __handle_undefined_method__(self, method_name, args, kwargs):
        raise NotImplementedError()
    def __receive__(self):
        raise NotImplementedError()
    @public.write.payable
    def __on_errored_message__(self):
        pass

def contract_interface(c):
    return c

class _ns:
    pass

nondet = _ns()
eq_principle = _ns()
vm = _ns()
class UserError(Exception):
    pass
vm.UserError = UserError
evm = _ns()
evm.contract_interface = contract_interface
message = _ns()
'''

STUB_INIT = '''
from genlayer.py.types import *
from genlayer.py.storage import DynArray, Array, TreeMap, allow_storage
import genlayer.gl as gl
'''


def build(root, get_schema_src):
    pkg = os.path.join(root, 'genlayer')
    os.makedirs(os.path.join(pkg, 'py', '_internal'))
    files = {
        '__init__.py': STUB_INIT,
        'gl.py': STUB_GL,
        'py/__init__.py': '',
        'py/types.py': STUB_TYPES,
        'py/storage.py': STUB_STORAGE,
        'py/_internal/__init__.py': '',
        'py/_internal/reflect.py': STUB_REFLECT,
    }
    for name, text in files.items():
        with open(os.path.join(pkg, name), 'w') as f:
            f.write(text)
    shutil.copy(get_schema_src, os.path.join(pkg, 'py', 'get_schema.py'))


def main():
    get_schema_src, contracts = sys.argv[1], sys.argv[2:]
    root = tempfile.mkdtemp()
    build(root, get_schema_src)
    sys.path.insert(0, root)
    import genlayer.gl as gl
    import genlayer.py.get_schema as gs

    for path in contracts:
        gl._known = None
        try:
            spec = importlib.util.spec_from_file_location('contract', path)
            mod = importlib.util.module_from_spec(spec)
            sys.modules['contract'] = mod
            spec.loader.exec_module(mod)
            res = json.dumps(gs.get_schema(gl._known), separators=(',', ':'))
        except BaseException as e:
            cause = e.__cause__ or e
            res = f'ERROR {type(cause).__name__}: {cause}'.splitlines()[0]
            res = re.sub(r' at 0x[0-9a-f]+', '', res)  # object addresses vary between runs
        print(res)


main()
