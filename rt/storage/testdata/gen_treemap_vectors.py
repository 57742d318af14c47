# Generates treemap_sdk_vectors.json by running the original GenVM SDK's
# TreeMap (genlayer/py/storage/tree_map.py from genlayerlabs/genvm, v0.1.x
# era, NOT included in this repository) on random operation sequences.
#
# Usage: python3.13 gen_treemap_vectors.py SDK_ROOT > treemap_sdk_vectors.json
# where SDK_ROOT/genlayer/py/storage/tree_map.py is the SDK's file. This script
# supplies only stand-ins for what tree_map.py imports: the integer NewTypes and
# a list-backed DynArray that keeps stale elements after pop()/clear() exactly
# as storage bytes do (a popped node is still there when the array regrows).
# The tree algorithm under test is entirely the SDK's.
import json, os, random, sys, types, typing

root = sys.argv[1]
pkg = types.ModuleType('genlayer'); pkg.__path__ = []
py = types.ModuleType('genlayer.py'); py.__path__ = []
tys = types.ModuleType('genlayer.py.types')
tys.u32 = typing.NewType('u32', int)
tys.i8 = typing.NewType('i8', int)
stor = types.ModuleType('genlayer.py.storage'); stor.__path__ = [os.path.join(root, 'genlayer/py/storage')]
vec = types.ModuleType('genlayer.py.storage.vec')


class DynArray[T]:
	def __init__(self, blank):
		self.items = []
		self.n = 0
		self.blank = blank

	def __len__(self):
		return self.n

	def _idx(self, i):
		if i < 0:
			i += self.n
		if i < 0 or i >= self.n:
			raise IndexError(i)
		return i

	def __getitem__(self, i):
		return self.items[self._idx(i)]

	def append(self, v):
		if self.n < len(self.items):
			self.items[self.n] = v
		else:
			self.items.append(v)
		self.n += 1

	def append_new_get(self):
		if self.n == len(self.items):
			self.items.append(self.blank())
		self.n += 1
		return self.items[self.n - 1]

	def pop(self):
		if self.n == 0:
			raise Exception("can't pop from empty array")
		self.n -= 1

	def clear(self):
		self.n = 0


vec.DynArray = DynArray
for name, m in [('genlayer', pkg), ('genlayer.py', py), ('genlayer.py.types', tys),
                ('genlayer.py.storage', stor), ('genlayer.py.storage.vec', vec)]:
	sys.modules[name] = m

import genlayer.py.storage.tree_map as tm


def new_map(zero_key):
	def blank():
		n = tm._Node.__new__(tm._Node)
		n.key, n.value, n.left, n.right, n.balance = zero_key, 0, 0, 0, 0
		return n
	m = tm.TreeMap.__new__(tm.TreeMap)
	m._root = 0
	m._slots = DynArray(blank)
	m._free_slots = DynArray(lambda: 0)
	return m


def state(m):
	return {
		'root': m._root,
		'slots_len': len(m._slots),
		'nodes': [[n.key, n.value, n.left, n.right, n.balance] for n in m._slots.items],
		'free_len': len(m._free_slots),
		'free': list(m._free_slots.items),
		'items': [[k, v] for k, v in m.items()],
	}


def run(seed, kind, nops):
	rng = random.Random(seed)
	if kind == 'str':
		domain = ['', 'a', 'b', 'ab', 'abc', 'z', 'é', 'ü', 'k1', 'k10', 'k2', '~', 'key', 'x' * 40] + ['w%d' % i for i in range(30)]
		zero = ''
	else:
		domain = list(range(0, 200, 3)) + [0xffffffff]
		zero = 0
	m = new_map(zero)
	ops = []
	for _ in range(nops):
		r = rng.random()
		k = rng.choice(domain)
		if r < 0.45:
			v = rng.randrange(0, 1 << 32)
			m[k] = v
			ops.append(['set', k, v, None])
		elif r < 0.80:
			try:
				del m[k]
				ops.append(['del', k, 0, 'ok'])
			except KeyError:
				ops.append(['del', k, 0, 'KeyError'])
		elif r < 0.97:
			ops.append(['god', k, 0, m.get_or_insert_default(k)])
		else:
			m.clear()
			ops.append(['clear', zero, 0, None])
	return {'seed': seed, 'kind': kind, 'ops': ops, 'final': state(m)}


out = []
for seed in range(24):
	out.append(run(seed, 'str' if seed % 2 == 0 else 'u32', 60 + 40 * (seed % 6)))
json.dump({'source': 'genlayerlabs/genvm runners/genlayer-py-std/src/genlayer/py/storage/tree_map.py (v0.1.x, _root/_slots/_free_slots)',
           'cases': out}, sys.stdout, ensure_ascii=True, indent=None)
print()
