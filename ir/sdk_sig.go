package ir

import (
	"fmt"
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// sdkSigs are the parameter lists of the SDK functions and classes (v0.1 SDK,
// genvm.md §2), in Python syntax without annotations: "a, b=1, *, c" (a
// trailing "**" accepts any keyword, "*args" any positional).
var sdkSigs = map[string]string{
	"gl.nondet.exec_prompt":                  "prompt, *, response_format='text', images=None",
	"gl.nondet.web.render":                   "url, *, mode='text', wait_after_loaded=None",
	"gl.nondet.web.request":                  "url, *, method, body=None, headers={}",
	"gl.nondet.web.get":                      "url, *, headers={}",
	"gl.nondet.web.post":                     "url, *, body=None, headers={}",
	"gl.nondet.web.delete":                   "url, *, body=None, headers={}",
	"gl.nondet.web.head":                     "url, *, body=None, headers={}",
	"gl.nondet.web.patch":                    "url, *, body=None, headers={}",
	"gl.eq_principle.strict_eq":              "fn",
	"gl.eq_principle.prompt_comparative":     "fn, principle",
	"gl.eq_principle.prompt_non_comparative": "fn, *, task, criteria",
	"gl.vm.run_nondet":                       "leader_fn, validator_fn, *, compare_user_errors=None, compare_vm_errors=None",
	"gl.vm.run_nondet_unsafe":                "leader_fn, validator_fn",
	"gl.vm.spawn_sandbox":                    "fn, *, allow_write_ops=False",
	"gl.vm.unpack_result":                    "res",
	"gl.vm.UserError":                        "message",
	"gl.get_contract_at":                     "address",
	"gl.deploy_contract":                     "*, code, args=[], kwargs={}, salt_nonce=0, value=0, on='finalized'",
	"gl.advanced.user_error_immediate":       "reason",
	"gl.advanced.emit_raw_event":             "topics, blob",
	"gl.storage.copy_to_memory":              "obj",
	"gl.storage.inmem_allocate":              "t, *args, **",
	"Address":                                "val",
}

type sdkParam struct {
	name     string
	kwOnly   bool
	posOnly  bool
	required bool
}

type sdkSig struct {
	params     []sdkParam
	varArgs    bool
	varKw      bool
	maxPos     int
	sigDisplay string
}

var parsedSigs = map[string]*sdkSig{}

func init() {
	for path, spec := range sdkSigs {
		s := &sdkSig{sigDisplay: spec}
		kw := false
		var params []sdkParam
		for _, part := range strings.Split(spec, ",") {
			part = strings.TrimSpace(part)
			switch {
			case part == "/":
				for i := range params {
					params[i].posOnly = true
				}
				continue
			case part == "*":
				kw = true
				continue
			case part == "**":
				s.varKw = true
				continue
			case strings.HasPrefix(part, "*"):
				s.varArgs, kw = true, true
				continue
			}
			name, _, hasDef := strings.Cut(part, "=")
			params = append(params, sdkParam{name: name, kwOnly: kw, required: !hasDef})
		}
		s.params = params
		for _, p := range params {
			if !p.kwOnly {
				s.maxPos++
			}
		}
		parsedSigs["genlayer."+path] = s
	}
}

// checkSDKCall reports calls of SDK functions whose arguments do not fit the
// SDK's documented signature (the warning C210): depending on the function,
// Python raises TypeError at run time or the SDK silently ignores the
// argument (exec_prompt takes **config).
func (m *Module) checkSDKCall(c *frontend.Call, path string, d *diagSink) {
	sig := parsedSigs[path]
	if sig == nil {
		return
	}
	name := shortPath(path)
	bad := func(msg string) {
		d.warnf(c, "C210", "the SDK's signature is "+name+"("+sig.sigDisplay+")", fmt.Sprintf("%s() %s", name, msg))
	}
	npos := 0
	for _, a := range c.Args {
		if _, ok := a.(*frontend.Starred); ok {
			return // unknown count
		}
		npos++
	}
	if npos > sig.maxPos && !sig.varArgs {
		bad(fmt.Sprintf("takes %d positional arguments but %d were given", sig.maxPos, npos))
		return
	}
	given := map[string]bool{}
	for i, p := range sig.params {
		if !p.kwOnly && i < npos {
			given[p.name] = true
		}
	}
	for _, k := range c.Keywords {
		if k.Arg == "" {
			return // **kwargs: unknown keywords
		}
		var p *sdkParam
		for i := range sig.params {
			if sig.params[i].name == k.Arg {
				p = &sig.params[i]
			}
		}
		switch {
		case p == nil && !sig.varKw:
			bad(fmt.Sprintf("got an unexpected keyword argument '%s'", k.Arg))
			return
		case p != nil && p.posOnly:
			bad(fmt.Sprintf("got some positional-only arguments passed as keyword arguments: '%s'", k.Arg))
			return
		case p != nil && given[k.Arg]:
			bad(fmt.Sprintf("got multiple values for argument '%s'", k.Arg))
			return
		}
		given[k.Arg] = true
	}
	for _, p := range sig.params {
		if p.required && !given[p.name] {
			kind := "positional"
			if p.kwOnly {
				kind = "keyword-only"
			}
			bad(fmt.Sprintf("missing 1 required %s argument: '%s'", kind, p.name))
			return
		}
	}
}
