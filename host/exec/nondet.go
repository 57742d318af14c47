package exec

import (
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// Nondet is the host's side of nondet blocks: the leader/validator
// protocol and the web and LLM providers.
type Nondet interface{}

// nondetOp answers get_leader_nondet_result and post_nondet_result.
// Without Request.Nondet this node leads every block.
func (s *session) nondetOp(op hostio.Op, args calldata.Value) (hostio.Status, calldata.Value, error) {
	switch op {
	case hostio.OpNondetLeader:
		return hostio.StatusIAmLeader, nil, nil
	}
	l, err := argList(args, 2, op)
	if err != nil {
		return 0, nil, err
	}
	n, err := u32Arg(l[0], "call_no", op)
	if err != nil {
		return 0, nil, err
	}
	data, ok := l[1].([]byte)
	if !ok || len(data) == 0 {
		return 0, nil, violation("%s request: result is not a code byte and payload", op)
	}
	for uint32(len(s.res.NondetResults)) <= n {
		s.res.NondetResults = append(s.res.NondetResults, nil)
	}
	s.res.NondetResults[n] = data
	return hostio.StatusOK, nil, nil
}

// glNondet answers a web or LLM request of a nondet block.
func (s *session) glNondet(req calldata.Map) (hostio.Status, calldata.Value, error) {
	return hostio.StatusForbidden, nil, nil
}
