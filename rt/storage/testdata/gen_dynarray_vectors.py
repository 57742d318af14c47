# Generates dynarray_sdk_vectors.json by running the DynArray class of the
# original GenVM SDK (genlayer/py/storage/vec.py from genlayerlabs/genvm, v0.1.x
# era, NOT included in this repository) on random operation sequences.
#
# Usage: python3.13 gen_dynarray_vectors.py SDK_ROOT > dynarray_sdk_vectors.json
# SDK_ROOT/genlayer/py/storage/vec.py must hold the SDK's DynArray class. This
# script supplies stand-ins for what it imports: slots as byte arrays that grow
# only when written (as the host's storage does; reads do not extend them),
# SHA3-256 indirection, the u32 length descriptor, and u64 / str element
# descriptors with the SDK's encodings. The array algorithms are the SDK's.
import hashlib, json, os, random, sys, types, typing, collections.abc

root = sys.argv[1]


class Manager:
	def __init__(self):
		self.mem = {}

	def get(self, sid):
		return Slot(sid, self)


class Slot:
	def __init__(self, sid, man):
		self.id = sid
		self.man = man

	def indirect(self, off):
		return Slot(hashlib.sha3_256(self.id + off.to_bytes(4, 'little')).digest(), self.man)

	def read(self, off, n):
		b = self.man.mem.get(self.id, bytearray())
		out = bytes(b[off:off + n])
		return out + b'\x00' * (n - len(out))

	def write(self, off, data):
		data = bytes(data)
		if not data:
			return
		b = self.man.mem.setdefault(self.id, bytearray())
		if len(b) < off + len(data):
			b.extend(b'\x00' * (off + len(data) - len(b)))
		b[off:off + len(data)] = data


class TypeDesc:
	pass


class IntDesc(TypeDesc):
	def __init__(self, size):
		self.size = size

	def get(self, slot, off):
		return int.from_bytes(slot.read(off, self.size), 'little')

	def set(self, slot, off, val):
		slot.write(off, val.to_bytes(self.size, 'little'))


class StrDesc(TypeDesc):
	size = 4

	def get(self, slot, off):
		n = int.from_bytes(slot.read(off, 4), 'little')
		return str(slot.indirect(off).read(0, n), 'utf-8')

	def set(self, slot, off, val):
		enc = val.encode()
		slot.write(off, len(enc).to_bytes(4, 'little'))
		slot.indirect(off).write(0, enc)


class _WithStorageSlotAndTD:
	pass


def mod(name, path=None, **attrs):
	m = types.ModuleType(name)
	if path is not None:
		m.__path__ = [path]
	m.__dict__.update(attrs)
	sys.modules[name] = m
	return m


class SizedArray[T, S]:
	pass


mod('genlayer', '')
mod('genlayer.py', '', SizedArray=SizedArray)
mod('genlayer.py.types', SizedArray=SizedArray)
mod('genlayer.py.storage', os.path.join(root, 'genlayer/py/storage'))
mod('genlayer.py.storage._internal', '')
mod('genlayer.py.storage._internal.core', collections=collections, TypeDesc=TypeDesc,
    _WithStorageSlotAndTD=_WithStorageSlotAndTD)
mod('genlayer.py.storage._internal.desc_base_types', _u32_desc=IntDesc(4))
sys.modules['genlayer.py'].types = sys.modules['genlayer.py.types']
import genlayer.py.storage.vec as vec


def run(seed, kind):
	rng = random.Random(seed)
	man = Manager()
	a = vec.DynArray.__new__(vec.DynArray)
	a._storage_slot = man.get(b'\x07' * 32)
	a._off = 3
	a._item_desc = IntDesc(8) if kind == 'u64' else StrDesc()

	def val():
		if kind == 'u64':
			return rng.randrange(1 << 64)
		return rng.choice(['', 'a', 'bc', 'def', 'é', 'long string value', 'x' * 9])

	def idx():
		return rng.randrange(-8, 9)

	def opt():
		return None if rng.random() < 0.3 else rng.randrange(-9, 10)

	ops = []
	for _ in range(120):
		k = rng.randrange(11)
		try:
			if k in (0, 1):
				op = ['append', val()]
				a.append(op[1])
			elif k == 2:
				op = ['pop']
				a.pop()
			elif k == 3:
				op = ['insert', idx(), val()]
				a.insert(op[1], op[2])
			elif k == 4:
				op = ['set', idx(), val()]
				a[op[1]] = op[2]
			elif k == 5:
				op = ['del', idx()]
				del a[op[1]]
			elif k == 6:
				st = rng.choice([None, 1, 2, 3, -1, -2, -3])
				op = ['delslice', opt(), opt(), st]
				del a[op[1]:op[2]:op[3]]
			elif k == 7:
				st = rng.choice([None, 1, 2, -1, -2])
				op = ['setslice', opt(), opt(), st, [val() for _ in range(rng.randrange(4))]]
				a[op[1]:op[2]:op[3]] = op[4]
			elif k == 8:
				op = ['extend', [val() for _ in range(rng.randrange(4))]]
				a.extend(op[1])
			elif k == 9:
				op = ['reverse']
				a.reverse()
			else:
				op = ['clear'] if rng.random() < 0.2 else ['getslice', opt(), opt(), rng.choice([None, 1, 2, -1, -3])]
				if op[0] == 'clear':
					a.clear()
				else:
					op.append(list(a[op[1]:op[2]:op[3]]))
			op.append('ok')
		except Exception as e:
			op.append(type(e).__name__)
		ops.append(op)
	slots = {sid.hex(): bytes(b).hex() for sid, b in sorted(man.mem.items())}
	return {'seed': seed, 'kind': kind, 'ops': ops, 'slots': slots}


cases = [run(s, 'u64' if s % 2 == 0 else 'str') for s in range(30)]
json.dump({'source': 'genlayerlabs/genvm runners/genlayer-py-std/src/genlayer/py/storage/vec.py DynArray (v0.1.x)',
           'cases': cases}, sys.stdout, ensure_ascii=True)
print()
