"""A GenVM-shaped stand-in for the genlayer SDK under CPython 3.13, for
bench/nondet's comparison. Only what testdata/contract.py uses exists.

Process model, as GenVM v0.1 runs a transaction (genvm.md §5):

* the transaction runs in one interpreter (harness.py), started fresh;
* every nondet block, validator function and sandbox runs in a FRESH
  interpreter (a new `python3 -c` process) that imports this module;
* functions cross the boundary as cloudpickle sends closures (_Pickler):
  code object (marshal), closure cell contents and the module globals the
  code names, pickled by value, recursively; modules, module-level
  functions and classes by reference (naming one imports its module in
  the child, running its module body again, as in GenVM's sub-VMs);
* a block's result comes back as a Result (Return/UserError/VMError)
  pickled over a pipe, its value round-tripped through JSON first (GenVM
  round-trips it through calldata: tuples become lists);
* the child's prints go to the same stdout, in order;
* web and LLM replies come from mocks.json (the same rules genvm-go's
  host/mock serves), matched in file order by re.search.

Storage is a plain attribute (GenVM's is a host round trip per slot; the
benchmarked transaction reads and writes one slot).
"""

import dataclasses
import importlib
import io
import json
import marshal
import os
import pickle
import re
import subprocess
import sys
import traceback
import types

__all__ = ('gl', 'u256')

_HERE = os.path.dirname(os.path.abspath(__file__))
_TESTDATA = os.path.dirname(os.path.dirname(_HERE))
with open(os.path.join(_TESTDATA, 'mocks.json')) as _f:
	_MOCKS = json.load(_f)


def u256(x):
	return x


@dataclasses.dataclass
class Return:
	calldata: object


@dataclasses.dataclass
class VMError:
	message: str


@dataclasses.dataclass
class UserError(Exception):
	message: str


@dataclasses.dataclass
class Response:
	status: int
	headers: dict
	body: bytes


class _VMTrap(BaseException):
	"""Ends the transaction with a VMError (uncatchable by the contract)."""


def _web_get(url, *, headers={}):
	for r in _MOCKS['web']:
		if r.get('method', 'GET') == 'GET' and re.search(r['match'], url):
			return Response(
				r.get('status', 200),
				{k: v.encode() for k, v in r.get('headers', {}).items()},
				r.get('body', '').encode(),
			)
	raise RuntimeError('MOCK_NOT_FOUND ' + url)


def _exec_prompt(prompt, *, response_format='text', images=None):
	for r in _MOCKS['llm']:
		if r.get('format', response_format) == response_format and re.search(r['match'], prompt):
			reply = r['reply']
			if response_format == 'json':
				return reply if isinstance(reply, dict) else json.loads(reply)
			return reply
	raise RuntimeError('MOCK_NOT_FOUND ' + prompt)


# --- sub-VMs -----------------------------------------------------------------


def _code_globals(code, out):
	"""The global names code (and the code nested in it) may use, as
	cloudpickle's _extract_code_globals finds them."""
	out.update(code.co_names)
	for c in code.co_consts:
		if isinstance(c, types.CodeType):
			_code_globals(c, out)
	return out


def _rebuild(modname, code, name, qualname, defaults, kwdefaults, cells, f_globals):
	g = {'__name__': modname, '__builtins__': __builtins__}
	g.update(f_globals)
	fn = types.FunctionType(
		marshal.loads(code), g, name, defaults, tuple(types.CellType(c) for c in cells)
	)
	fn.__qualname__ = qualname
	fn.__kwdefaults__ = kwdefaults
	return fn


class _Pickler(pickle.Pickler):
	"""cloudpickle's treatment of what a block needs: a function defined
	inside another (qualname with <locals>) goes by value, as its code,
	its closure cells and the module globals its code names (each pickled
	in turn: lists, ints, str by value; modules, module-level defs and
	classes by reference, so naming one imports its module in the
	receiving interpreter)."""

	def reducer_override(self, obj):
		if isinstance(obj, types.ModuleType):
			return importlib.import_module, (obj.__name__,)
		if isinstance(obj, types.FunctionType) and '<locals>' in obj.__qualname__:
			cells = tuple(c.cell_contents for c in obj.__closure__ or ())
			names = _code_globals(obj.__code__, set())
			f_globals = {k: obj.__globals__[k] for k in sorted(names) if k in obj.__globals__}
			return _rebuild, (
				obj.__module__,
				marshal.dumps(obj.__code__),
				obj.__name__,
				obj.__qualname__,
				obj.__defaults__,
				obj.__kwdefaults__,
				cells,
				f_globals,
			)
		return NotImplemented


_NOARG = '__no_arg__'
_CHILD = 'import os, sys; sys.path[:0] = sys.argv[2].split(os.pathsep); import genlayer; genlayer._child(int(sys.argv[1]))'

spawned = [0]  # sub-interpreters started by this process

# inproc (harness.py --warm): sub-VMs run in this interpreter instead, with
# the same round trip; the contract module is taken out of sys.modules
# meanwhile, so that a block naming one of its defs imports it afresh, as
# a fresh interpreter would; the caller's module is restored after.
inproc = [False]


def _run_inproc(payload):
	saved = sys.modules.pop('contract', None)
	try:
		fn, arg = pickle.loads(payload)
		res = _outcome(fn, arg)
		return pickle.loads(pickle.dumps(res))
	finally:
		if saved is None:
			sys.modules.pop('contract', None)
		else:
			sys.modules['contract'] = saved


def _spawn(fn, arg=_NOARG):
	buf = io.BytesIO()
	_Pickler(buf, protocol=5).dump((fn, arg))
	if inproc[0]:
		return _run_inproc(buf.getvalue())
	sys.stdout.flush()
	r, w = os.pipe()
	p = subprocess.Popen(
		[sys.executable, '-c', _CHILD, str(w), os.pathsep.join(sys.path[:2])],
		stdin=subprocess.PIPE,
		pass_fds=(w,),
	)
	os.close(w)
	p.stdin.write(buf.getvalue())
	p.stdin.close()
	with os.fdopen(r, 'rb') as f:
		data = f.read()
	p.wait()
	spawned[0] += 1
	return pickle.loads(data)


def _outcome(fn, arg):
	try:
		v = fn() if arg == _NOARG else fn(arg)
		return Return(json.loads(json.dumps(v)))
	except UserError as e:
		return UserError(e.message)
	except SystemExit as e:
		code = e.code if isinstance(e.code, int) else 1
		return Return(None) if code == 0 else VMError(f'exit_code {code}')
	except BaseException:
		traceback.print_exc()
		return VMError('exit_code 1')


def _child(fd):
	fn, arg = pickle.load(sys.stdin.buffer)
	res = _outcome(fn, arg)
	sys.stdout.flush()
	with os.fdopen(fd, 'wb') as f:
		pickle.dump(res, f)


def unpack_result(res):
	if isinstance(res, UserError):
		raise res
	if isinstance(res, VMError):
		raise UserError('vm error: ' + res.message)
	return res.calldata


def spawn_sandbox(fn, *, allow_write_ops=False):
	return _spawn(fn)


# this node's role for the transaction (harness.py sets it)
role = {'validate': False, 'leader': [], 'posted': []}
_call_no = [0]


def run_nondet_unsafe(leader_fn, validator_fn):
	n = _call_no[0]
	_call_no[0] += 1
	if not role['validate']:
		res = _spawn(leader_fn)
		role['posted'].append(res)
	else:
		res = role['leader'][n]
		verdict = _spawn(validator_fn, res)
		if not (isinstance(verdict, Return) and verdict.calldata is True):
			raise _VMTrap(f'validator_disagrees call {n}')
	if isinstance(res, VMError):
		raise _VMTrap(res.message)
	return unpack_result(res)


def strict_eq(fn):
	def validator(leaders):
		return spawn_sandbox(fn) == leaders

	return run_nondet_unsafe(fn, validator)


class Contract:
	def __getattr__(self, name):
		if name in type(self).__annotations__:
			return 0
		raise AttributeError(name)


class _Public:
	@staticmethod
	def write(fn):
		return fn

	@staticmethod
	def view(fn):
		return fn


gl = types.SimpleNamespace(
	Contract=Contract,
	public=_Public,
	eq_principle=types.SimpleNamespace(strict_eq=strict_eq),
	vm=types.SimpleNamespace(
		Return=Return,
		VMError=VMError,
		UserError=UserError,
		run_nondet_unsafe=run_nondet_unsafe,
		spawn_sandbox=spawn_sandbox,
		unpack_result=unpack_result,
	),
	nondet=types.SimpleNamespace(
		exec_prompt=_exec_prompt,
		web=types.SimpleNamespace(get=_web_get),
	),
)
