package exec

import (
	"fmt"

	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/result"
)

// glCall answers one gl_call request: effects on the chain are recorded
// (kept only for a Return), web and LLM requests go to Request.Nondet,
// calls into other contracts to Request.Calls.
func (s *session) glCall(args calldata.Value) (hostio.Status, calldata.Value, error) {
	req, ok := args.(calldata.Map)
	if !ok || len(req) != 1 {
		return 0, nil, violation("gl_call request: not a map with one key")
	}
	switch req[0].Key {
	case "WebRender", "WebRequest", "ExecPrompt", "ExecPromptTemplate":
		return s.glNondet(req)
	case "CallContract", "EthCall":
		return s.glContract(req)
	}
	m, err := glCallMessage(args)
	if err != nil {
		return 0, nil, err
	}
	if st, err := s.checkMessage(m); err != nil || st != hostio.StatusOK {
		return st, nil, err
	}
	s.res.Messages = append(s.res.Messages, m)
	return hostio.StatusOK, nil, nil
}

// glCallMessage validates a gl_call request with an effect on the chain.
func glCallMessage(args calldata.Value) (Message, error) {
	req, ok := args.(calldata.Map)
	if !ok || len(req) != 1 {
		return Message{}, violation("gl_call request: not a map with one key")
	}
	kind := req[0].Key
	body, ok := req[0].Value.(calldata.Map)
	if !ok {
		return Message{}, violation("gl_call %s: not a map", kind)
	}
	var need []string
	switch kind {
	case "EmitEvent":
		need = []string{"blob", "topics"}
		topics, _ := body.Get("topics")
		ts, ok := topics.([]calldata.Value)
		if !ok || len(ts) > result.MaxTopics {
			return Message{}, violation("gl_call EmitEvent: topics must be an array of at most %d", result.MaxTopics)
		}
		for _, t := range ts {
			if b, ok := t.([]byte); !ok || len(b) != 32 {
				return Message{}, violation("gl_call EmitEvent: a topic is not 32 bytes")
			}
		}
		if blob, _ := body.Get("blob"); blob == nil {
			return Message{}, violation("gl_call EmitEvent: no blob map")
		} else if _, ok := blob.(calldata.Map); !ok {
			return Message{}, violation("gl_call EmitEvent: blob is not a map")
		}
	case "PostMessage":
		need = []string{"address", "calldata", "on", "value"}
	case "DeployContract":
		need = []string{"calldata", "code", "on", "salt_nonce", "value"}
	case "EthSend":
		need = []string{"address", "calldata", "value"}
	default:
		return Message{}, fmt.Errorf("gl_call %s is not supported by this host yet", kind)
	}
	for _, k := range need {
		if _, ok := body.Get(k); !ok {
			return Message{}, violation("gl_call %s: no %s", kind, k)
		}
	}
	return Message{Kind: kind, Args: body}, nil
}
