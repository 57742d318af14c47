"""Runs bench/nondet's transaction (contract.py's main) under CPython 3.13
with pyshim/genlayer, GenVM-shaped (see that module's docstring).

	python3 harness.py leader RESULTS     leads every block; writes the
	                                      leader's results to RESULTS
	python3 harness.py validator RESULTS  validates RESULTS

Prints the contract's output, then `result: <json>` and
`subvms: <interpreters started>` (children included).
"""

import json
import os
import pickle
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(here, 'pyshim'), here]

import genlayer  # noqa: E402

mode, path = sys.argv[1], sys.argv[2]
if mode == 'validator':
	with open(path, 'rb') as f:
		genlayer.role.update(validate=True, leader=pickle.load(f))

import contract  # noqa: E402

c = contract.Contract.__new__(contract.Contract)
try:
	res = c.main()
	line = 'result: ' + json.dumps(res)
except genlayer._VMTrap as e:
	line = f'VMError: {e}'
if mode == 'leader':
	with open(path, 'wb') as f:
		pickle.dump(genlayer.role['posted'], f)
print(line)
