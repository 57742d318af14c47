"""CPython harness of the bench contract's transactions on GenVM's own SDK.

Usage (python3.13, PYTHONHASHSEED=0):
  sdk_bench.py SDK_ROOT warm STATE      time every transaction in this process
  sdk_bench.py SDK_ROOT once STATE TX   run one transaction (a fresh interpreter per transaction, as GenVM)

SDK_ROOT holds, unchanged, the original GenVM SDK's storage and calldata code
(genlayerlabs/genvm, runners/genlayer-py-std/src/), which is NOT included in
this repository:
  genlayer/py/calldata.py                    commit 016466cbc24cb0a6c56d8f0ec1cbd09804bc1a9d
  genlayer/py/storage/core.py                commit 016466cbc24cb0a6c56d8f0ec1cbd09804bc1a9d
  genlayer/py/storage/generate.py            commit 016466cbc24cb0a6c56d8f0ec1cbd09804bc1a9d
  genlayer/py/storage/vec.py                 commit 016466cbc24cb0a6c56d8f0ec1cbd09804bc1a9d
  genlayer/py/storage/tree_map.py            commit 016466cbc24cb0a6c56d8f0ec1cbd09804bc1a9d
  genlayer/py/storage/desc_base_types.py     commit 33005fd9dfeeb47e551507d9742c1895f9fcc7f1,
  genlayer/py/storage/desc_record.py           both read from storage/_internal/ (the nearest
                                               versions we could obtain of these two files; they
                                               define the same descriptor classes, with __slots__)
This harness is our own code. It supplies stand-ins only for what those files
import and do not define (genlayer.py.types: Address, the sized-int NewTypes,
bigint; the protocol name _WithStorageSlot that desc_record.py imports), an
in-memory slot store with a per-transaction copy-on-write journal (GenVM's
host keeps the writes of a transaction apart until its result), and the
contract, written as for the SDK. Storage layout, TreeMap, DynArray, string
and integer descriptors, slot indirection (SHA3-256) and calldata are the
SDK's. numpy is kept out (generate.py imports it when present).

What a transaction costs here is a lower bound of what it costs in GenVM: no
WebAssembly, no host round trip per storage access, no result delivery.

STATE is a file of slots (marshal: {slot address: bytes}); `warm` writes it
after deploying and pre-filling 1000 keys, `once` reads it. Output: one JSON
object on stdout.
"""

import importlib
import json
import marshal
import os
import resource
import sys
import time
import types
import typing

sys.modules['numpy'] = None  # generate.py: `import numpy` fails, np = None


def load_sdk(root):
	def package(name, path):
		m = types.ModuleType(name)
		m.__path__ = [path]
		sys.modules[name] = m
		return m

	package('genlayer', os.path.join(root, 'genlayer'))
	package('genlayer.py', os.path.join(root, 'genlayer', 'py'))
	package('genlayer.py.storage', os.path.join(root, 'genlayer', 'py', 'storage'))

	tys = types.ModuleType('genlayer.py.types')

	class Address:
		SIZE = 20

		def __init__(self, val):
			val = bytes(val)
			if len(val) != Address.SIZE:
				raise Exception(f'invalid address {val}')
			self.as_bytes = val

		def __eq__(self, o):
			return isinstance(o, Address) and o.as_bytes == self.as_bytes

		def __hash__(self):
			return hash(self.as_bytes)

	names = ['Address', 'bigint']
	tys.Address = Address
	tys.bigint = typing.NewType('bigint', int)
	for bits in range(8, 257, 8):
		for sign in 'ui':
			name = f'{sign}{bits}'
			setattr(tys, name, typing.NewType(name, int))
			names.append(name)
	tys.__all__ = names
	sys.modules['genlayer.py.types'] = tys

	core = importlib.import_module('genlayer.py.storage.core')
	core._WithStorageSlot = core.WithStorageSlot
	generate = importlib.import_module('genlayer.py.storage.generate')
	tree_map = importlib.import_module('genlayer.py.storage.tree_map')
	calldata = importlib.import_module('genlayer.py.calldata')
	return tys, core, generate, tree_map, calldata


root, mode, state_file = sys.argv[1], sys.argv[2], sys.argv[3]
start_ns = time.perf_counter_ns()
tys, core, generate, tree_map, calldata = load_sdk(root)
u256 = tys.u256
TreeMap = tree_map.TreeMap


class Bench:
	m: TreeMap[str, u256]
	n: u256

	def __init__(self):
		self.n = u256(0)

	def get_n(self) -> int:
		return self.n

	def fill(self, start: int, count: int) -> None:
		for i in range(start, start + count):
			self.m[str(i)] = u256(i)
		self.n = u256(self.n + count)

	def digest(self) -> list:
		return [len(self.m), self.n, self.m.get('0', u256(0)), self.m.get('1099', u256(0))]


generate.storage(Bench)
bench_desc = generate._known_descs[Bench]


class Slot(core.StorageSlot):
	def read(self, off, le):
		mem = self.manager.over.get(self.addr)
		if mem is None:
			mem = self.manager.base.get(self.addr, b'')
		res = bytes(mem[off : off + le])
		if len(res) < le:
			res += b'\x00' * (le - len(res))
		return res

	def write(self, off, what):
		mem = self.manager.writable(self.addr)
		what = memoryview(what)
		end = off + len(what)
		if len(mem) < end:
			mem.extend(b'\x00' * (end - len(mem)))
		mem[off:end] = what


class Man(core.StorageMan):
	"""Slots of one transaction: reads see the base state, writes go to a
	copy-on-write journal."""

	def __init__(self, base):
		self.base = base
		self.over = {}
		self.slots = {}

	def get_store_slot(self, addr):
		s = self.slots.get(addr)
		if s is None:
			s = Slot(addr, self)
			self.slots[addr] = s
		return s

	def writable(self, addr):
		mem = self.over.get(addr)
		if mem is None:
			mem = bytearray(self.base.get(addr, b''))
			self.over[addr] = mem
		return mem


def run_tx(base, cd, is_init=False):
	"""One transaction as GenVM's runner does it: the contract instance is
	a view of the root slot, the calldata is decoded, the method called and
	its result encoded."""
	man = Man(base)
	inst = bench_desc.get(man.get_store_slot(core.ROOT_STORAGE_ADDRESS), 0)
	msg = calldata.decode(cd)
	if is_init:
		Bench.__init__(inst, *msg.get('args', []))
		res = None
	else:
		res = getattr(inst, msg['method'])(*msg.get('args', []))
	return calldata.encode(res), man.over


def apply(base, over):
	for k, v in over.items():
		base[k] = bytes(v)


TXS = {
	'view': calldata.encode({'method': 'get_n', 'args': []}),
	'fill': calldata.encode({'method': 'fill', 'args': [1000, 100]}),
}
def rss_kb():
	"""Peak RSS in KiB: VmHWM (ru_maxrss of a process its parent spawned
	with vfork includes the parent's peak on Linux)."""
	try:
		with open('/proc/self/status') as f:
			for line in f:
				if line.startswith('VmHWM:'):
					return int(line.split()[1])
	except OSError:
		pass
	return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

if mode == 'warm':
	base = {}
	apply(base, run_tx(base, calldata.encode({'args': []}), is_init=True)[1])
	apply(base, run_tx(base, calldata.encode({'method': 'fill', 'args': [0, 1000]}))[1])
	with open(state_file, 'wb') as f:
		marshal.dump(base, f)
	out = {}
	for name, cd in TXS.items():
		res, over = run_tx(base, cd)
		# time batches of at least 0.2 s, best of 3
		n = 1
		while True:
			t0 = time.perf_counter_ns()
			for _ in range(n):
				run_tx(base, cd)
			dt = time.perf_counter_ns() - t0
			if dt >= 200_000_000:
				break
			n *= 2
		best = dt / n
		for _ in range(2):
			t0 = time.perf_counter_ns()
			for _ in range(n):
				run_tx(base, cd)
			best = min(best, (time.perf_counter_ns() - t0) / n)
		after = dict(base)
		apply(after, over)
		digest = calldata.decode(run_tx(after, calldata.encode({'method': 'digest', 'args': []}))[0])
		out[name] = {'ns': best, 'result': res.hex(), 'digest': digest, 'slots_written': len(over)}
	out['rss_kb'] = rss_kb()
	print(json.dumps(out))
elif mode == 'once':
	with open(state_file, 'rb') as f:
		base = marshal.load(f)
	t0 = time.perf_counter_ns()
	res, _ = run_tx(base, TXS[sys.argv[4]])
	t1 = time.perf_counter_ns()
	print(json.dumps({'tx_ns': t1 - t0, 'setup_ns': t0 - start_ns, 'result': res.hex(), 'rss_kb': rss_kb()}))
else:
	sys.exit(f'unknown mode {mode}')
