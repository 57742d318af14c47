# Generates treemap_sdk_bytes.json: TreeMap[str, u32] operation sequences run
# through the SDK's own tree_map.py AND its own DynArray (vec.py), over
# byte-level slots, with the final bytes of every slot. Neither SDK file is
# included in this repository.
#
# Usage: python3.13 gen_treemap_bytes.py SDK_ROOT > treemap_sdk_bytes.json
# Stand-ins supplied here: byte-array slots with SHA3-256 indirection (written
# bytes only; reads do not extend a slot), the u32/i8/str descriptors, and
# record views for _Node and TreeMap: attribute properties reading and writing
# each field at its packed offset, as the SDK's generate.py installs them.
# Layout: _Node = key str(4) value u32(4) left u32(4) right u32(4) balance
# i8(1) = 17 bytes; TreeMap = _root u32 at 0, _slots at 4, _free_slots at 8.
import json, os, random, sys, importlib.util

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('gen_dynarray_vectors_mod', os.path.join(here, 'gen_dynarray_vectors.py'))
# reuse the stand-in modules of gen_dynarray_vectors.py without running it
src = open(os.path.join(here, 'gen_dynarray_vectors.py')).read().split('\ndef run(')[0]
g = {'__name__': 'standins'}
sys.argv = [sys.argv[0], sys.argv[1]]
exec(compile(src, 'gen_dynarray_vectors.py', 'exec'), g)
vec, IntDesc, StrDesc, Manager = g['vec'], g['IntDesc'], g['StrDesc'], g['Manager']

tys = sys.modules['genlayer.py.types']
import typing
tys.u32 = typing.NewType('u32', int)
tys.i8 = typing.NewType('i8', int)


class SIntDesc(IntDesc):
	def get(self, slot, off):
		return int.from_bytes(slot.read(off, self.size), 'little', signed=True)

	def set(self, slot, off, val):
		slot.write(off, val.to_bytes(self.size, 'little', signed=True))


import genlayer.py.storage.tree_map as tm

u32, i8, sd = IntDesc(4), SIntDesc(1), StrDesc()
NODE = {'key': (sd, 0), 'value': (u32, 4), 'left': (u32, 8), 'right': (u32, 12), 'balance': (i8, 16)}


def install(cls, fields):
	for name, (desc, off) in fields.items():
		def getter(s, desc=desc, off=off):
			return desc.get(s._storage_slot, s._off + off)

		def setter(s, v, desc=desc, off=off):
			desc.set(s._storage_slot, s._off + off, v)

		setattr(cls, name, property(getter, setter))


install(tm._Node, NODE)


class NodeDesc:
	size = 17

	def get(self, slot, off):
		n = tm._Node.__new__(tm._Node)
		n._storage_slot, n._off = slot, off
		return n


def dyn(slot, off, item):
	a = vec.DynArray.__new__(vec.DynArray)
	a._storage_slot, a._off, a._item_desc = slot, off, item
	return a


install(tm.TreeMap, {'_root': (u32, 0)})
tm.TreeMap._slots = property(lambda s: dyn(s._storage_slot, s._off + 4, NodeDesc()))
tm.TreeMap._free_slots = property(lambda s: dyn(s._storage_slot, s._off + 8, u32))


def run(seed):
	rng = random.Random(seed)
	man = Manager()
	m = tm.TreeMap.__new__(tm.TreeMap)
	m._storage_slot, m._off = man.get(b'\x05' * 32), 2
	domain = ['', 'a', 'b', 'ab', 'abc', 'z', 'é', 'k1', 'k10', 'k2', 'long key ' * 3] + ['w%d' % i for i in range(20)]
	ops = []
	for _ in range(150):
		r = rng.random()
		k = rng.choice(domain)
		if r < 0.45:
			v = rng.randrange(1 << 32)
			m[k] = v
			ops.append(['set', k, v, None])
		elif r < 0.80:
			try:
				del m[k]
				ops.append(['del', k, 0, 'ok'])
			except KeyError:
				ops.append(['del', k, 0, 'KeyError'])
		elif r < 0.98:
			ops.append(['god', k, 0, m.get_or_insert_default(k)])
		else:
			m.clear()
			ops.append(['clear', '', 0, None])
	return {'seed': seed, 'ops': ops, 'items': [[k, v] for k, v in m.items()],
	        'slots': {sid.hex(): bytes(b).hex() for sid, b in sorted(man.mem.items())}}


json.dump({'source': 'genlayerlabs/genvm tree_map.py + vec.py DynArray (v0.1.x)', 'cases': [run(s) for s in range(16)]},
          sys.stdout, ensure_ascii=True)
print()
