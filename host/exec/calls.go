package exec

import (
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// Calls is the host's side of calls into other contracts.
type Calls interface{}

// glContract answers CallContract and EthCall.
func (s *session) glContract(req calldata.Map) (hostio.Status, calldata.Value, error) {
	return hostio.StatusForbidden, nil, nil
}
