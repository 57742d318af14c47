package consensus

import (
	"context"
	"fmt"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// Node is one node's side of a transaction's nondet blocks (exec.Nondet).
// With Validate false it leads every block: the artifact runs the leader
// functions and posts their results (exec.Result.NondetResults). With
// Validate true it answers block n with Leader[n] (StatusAbsent when there
// is no such entry or it is nil), and the artifact runs its validator
// functions, or with Sync uses Leader[n] directly. LLM and Web serve the
// blocks' requests; a request to a nil provider ends the transaction as
// an internal error.
type Node struct {
	LLM      providers.LLM
	Web      providers.Web
	Leader   [][]byte
	Validate bool
	Sync     bool
}

var _ exec.Nondet = (*Node)(nil)

// LeaderResult implements exec.Nondet.
func (n *Node) LeaderResult(callNo uint32) (hostio.Status, []byte) {
	if !n.Validate {
		return hostio.StatusIAmLeader, nil
	}
	if uint64(callNo) >= uint64(len(n.Leader)) || n.Leader[callNo] == nil {
		return hostio.StatusAbsent, nil
	}
	return hostio.StatusOK, n.Leader[callNo]
}

// SyncMode implements exec.Nondet.
func (n *Node) SyncMode() bool { return n.Sync }

// Call implements exec.Nondet with providers.Call.
func (n *Node) Call(ctx context.Context, req calldata.Map) (calldata.Value, error) {
	if len(req) == 1 {
		switch req[0].Key {
		case "ExecPrompt", "ExecPromptTemplate":
			if n.LLM == nil {
				return nil, fmt.Errorf("this node has no LLM provider")
			}
		case "WebRender", "WebRequest":
			if n.Web == nil {
				return nil, fmt.Errorf("this node has no web provider")
			}
		}
	}
	return providers.Call(ctx, n.LLM, n.Web, req)
}
