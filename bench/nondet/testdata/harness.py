"""Runs bench/nondet's transaction (contract.py's main) under CPython 3.13
with pyshim/genlayer, GenVM-shaped (see that module's docstring).

	python3 harness.py leader RESULTS     leads every block; writes the
	                                      leader's results to RESULTS
	python3 harness.py validator RESULTS  validates RESULTS
	... --warm N                          runs the transaction N times in
	                                      this interpreter, sub-VMs in-process
	                                      (genlayer.inproc), and prints
	                                      `ns: <per transaction>` last

Prints the contract's output, then `result: <json>`.
"""

import io
import json
import os
import pickle
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(here, 'pyshim'), here]

import genlayer  # noqa: E402

mode, path = sys.argv[1], sys.argv[2]
warm = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == '--warm' else 0
if mode == 'validator':
	with open(path, 'rb') as f:
		genlayer.role.update(validate=True, leader=pickle.load(f))

import contract  # noqa: E402


def tx():
	genlayer._call_no[0] = 0
	genlayer.role['posted'] = []
	c = contract.Contract.__new__(contract.Contract)
	try:
		return 'result: ' + json.dumps(c.main())
	except genlayer._VMTrap as e:
		return f'VMError: {e}'


if warm:
	import time

	genlayer.inproc[0] = True
	sink = io.StringIO()
	real = sys.stdout
	sys.stdout = sink
	line = tx()  # warm up (imports, code objects)
	start = time.perf_counter_ns()
	for _ in range(warm):
		tx()
	ns = (time.perf_counter_ns() - start) // warm
	sys.stdout = real
	print(sink.getvalue().splitlines()[0])
	print(line)
	print(f'ns: {ns}')
else:
	line = tx()
	if mode == 'leader':
		with open(path, 'wb') as f:
			pickle.dump(genlayer.role['posted'], f)
	print(line)
