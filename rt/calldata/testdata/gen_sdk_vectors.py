# Generates sdk_vectors.json by running the original GenVM SDK's calldata
# module (genlayer/py/calldata.py from genlayerlabs/genvm, the v0.1.x version
# with DecodingError, NOT included in this repository) on random values and on
# malformed inputs.
#
# Usage: python3.13 gen_sdk_vectors.py SDK_ROOT > sdk_vectors.json
# where SDK_ROOT/genlayer/py/calldata.py is the SDK's file. This script supplies
# only stand-ins for genlayer.py.types.Address (its buffer constructor and
# as_bytes: the SDK's rule "exactly 20 bytes or Exception('invalid address …')")
# and for genlayer.py._internal.reflect (error-note helpers, no effect here).
# Encoding, decoding and to_str are the SDK's.
import json, os, random, sys, types

root = sys.argv[1]
pkg = types.ModuleType('genlayer'); pkg.__path__ = []
py = types.ModuleType('genlayer.py'); py.__path__ = [os.path.join(root, 'genlayer/py')]
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


tys.Address = Address
import contextlib
internal = types.ModuleType('genlayer.py._internal'); internal.__path__ = []
reflect = types.ModuleType('genlayer.py._internal.reflect')
reflect.context_notes = lambda *a, **k: contextlib.nullcontext()
reflect.context_type = lambda *a, **k: contextlib.nullcontext()
reflect.repr_type = lambda t: getattr(t, '__name__', repr(t))
for name, m in [('genlayer', pkg), ('genlayer.py', py), ('genlayer.py.types', tys),
                ('genlayer.py._internal', internal), ('genlayer.py._internal.reflect', reflect)]:
	sys.modules[name] = m
import genlayer.py.calldata as cd


def norm(v):
	if isinstance(v, memoryview):
		return bytes(v)
	if isinstance(v, list):
		return [norm(x) for x in v]
	if isinstance(v, dict):
		return {k: norm(x) for k, x in v.items()}
	return v


def rand_str(rng):
	alphabet = ['a', 'b', 'Z', '0', ' ', '"', '\\', '\n', '\x00', '\x7f', 'é', 'α', '€', '😀', '\ufffd', '\U0010ffff', '\u2028']
	return ''.join(rng.choice(alphabet) for _ in range(rng.randrange(6)))


def rand_value(rng, depth=0):
	k = rng.randrange(10 if depth < 3 else 8)
	if k == 0:
		return None
	if k == 1:
		return rng.random() < 0.5
	if k == 2:
		return rng.randrange(-(1 << 20), 1 << 20)
	if k == 3:
		return rng.randrange(-(1 << 300), 1 << 300)
	if k == 4:
		return rand_str(rng)
	if k == 5:
		return bytes(rng.randrange(256) for _ in range(rng.randrange(12)))
	if k == 6:
		return Address(bytes(rng.randrange(256) for _ in range(20)))
	if k == 7:
		return rng.choice([0, -1, 63, 64, -64, -65, (1 << 64) - 1, 1 << 64, -(1 << 64)])
	if k == 8:
		return [rand_value(rng, depth + 1) for _ in range(rng.randrange(4))]
	return {rand_str(rng): rand_value(rng, depth + 1) for _ in range(rng.randrange(4))}


def outcome(b):
	try:
		v = cd.decode(b)
	except RecursionError:
		return 'err:RecursionError'
	except Exception as e:
		return 'err:' + type(e).__name__
	return 'ok:' + cd.to_str(norm(v))


rng = random.Random(20250711)
valid = []
for _ in range(400):
	v = rand_value(rng)
	b = cd.encode(v)
	valid.append({'hex': b.hex(), 'str': cd.to_str(norm(cd.decode(b)))})

malformed = []
seeds = [bytes.fromhex(x['hex']) for x in valid[:120]]
fixed = ['', '00', '81', '8100', '8000', '0500', '0505', '07', '0f', '20', '2800', 'f801', '18', '1801', '0b', '0c', '0cff',
         '14ed', '0ca0', '1ced a080'.replace(' ', ''), '0e0161', '1601620001610000', '160161000161 00'.replace(' ', ''),
         '0e01ff00', '0e8100610 0'.replace(' ', ''), '8380808080 01'.replace(' ', ''), '0d', '0e', '0e00', '06 00'.replace(' ', ''),
         '9180808000', '8a80808000', '0a8000',
         # huge counts/lengths: the SDK fails lazily, after decoding what is there
         '8580808080808001' + '0cff', '8580808080808001' + '00', '83808080808001' + '00',
         '8680808080808001' + '0161' + '00' + '01ff00', '0d' * 1200 + '00']
for h in fixed:
	malformed.append(bytes.fromhex(h))
for s in seeds:
	for _ in range(3):
		b = bytearray(s)
		op = rng.randrange(4)
		if op == 0 and b:
			del b[rng.randrange(len(b)):]
		elif op == 1 and b:
			b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
		elif op == 2:
			b.insert(rng.randrange(len(b) + 1), rng.randrange(256))
		else:
			i = rng.randrange(len(b) + 1)
			b[i:i] = bytes([0x80 | rng.randrange(128), 0x00])
		malformed.append(bytes(b))
mal = [{'hex': b.hex(), 'outcome': outcome(b)} for b in malformed]
json.dump({'source': 'genlayerlabs/genvm runners/genlayer-py-std/src/genlayer/py/calldata.py (v0.1.x, with DecodingError)',
           'valid': valid, 'malformed': mal}, sys.stdout, ensure_ascii=True)
print()
