package gen

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// gl.nondet (GenVM SDK gl/nondet/__init__.py, web.py): LLM prompts and web
// access, allowed only inside nondet blocks. Each call is one gl_call
// request to the host, answered {"ok": answer} or {"error": payload}; an
// error raises NondetException(payload).

// NondetException is gl.nondet.NondetException.
var NondetException = rt.NewExceptionClass("NondetException", "genlayer.gl.nondet")

// recordObj is an instance of a small SDK dataclass (gl.nondet.Image,
// gl.nondet.web.Response): named fields in order, dataclass repr and ==.
type recordObj struct {
	cls  *rt.Class
	vals []rt.Value
}

func (r *recordObj) Class() *rt.Class { return r.cls }

// recordClass is an SDK dataclass with fields names.
type recordClass struct {
	cls   *rt.Class
	names []string
	ctor  *Function
}

var recordClasses = map[*rt.Class]*recordClass{}

func newRecordClass(name, module string, names ...string) *recordClass {
	rc := &recordClass{cls: rt.NewClass(name, module), names: names}
	recordClasses[rc.cls] = rc
	rc.ctor = NewFunction("__init__", name+".__init__", &Sig{Names: names, NPos: len(names)}, nil, nil, func(a []rt.Value) rt.Value {
		return &recordObj{rc.cls, append([]rt.Value(nil), a...)}
	})
	rt.SetClassConstructor(rc.cls, func(c *rt.Class, args []rt.Value, kwargs []rt.KW) rt.Value {
		r := rc.ctor.Call(args, kwargs).(*recordObj)
		r.cls = c
		return r
	})
	s := &rc.cls.Slots
	s.Repr = func(v rt.Value) string {
		r := v.(*recordObj)
		out := r.cls.QualName + "("
		for i, n := range rc.names {
			if i > 0 {
				out += ", "
			}
			out += n + "=" + rt.Repr(r.vals[i])
		}
		return out + ")"
	}
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		r := v.(*recordObj)
		for i, n := range rc.names {
			if n == name {
				return r.vals[i], true
			}
		}
		return nil, false
	}
	s.SetAttr = func(v rt.Value, name string, val rt.Value) bool {
		r := v.(*recordObj)
		for i, n := range rc.names {
			if n == name {
				r.vals[i] = val
				return true
			}
		}
		return false
	}
	s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok1 := a.(*recordObj)
		y, ok2 := b.(*recordObj)
		if !ok1 || !ok2 || x.cls != y.cls || (op != rt.OpEQ && op != rt.OpNE) {
			return rt.NotImplemented
		}
		eq := rt.Eq(rt.NewTuple(x.vals...), rt.NewTuple(y.vals...))
		if op == rt.OpEQ {
			return eq
		}
		return !eq
	}
	return rc
}

func (rc *recordClass) make(vals ...rt.Value) *recordObj { return &recordObj{rc.cls, vals} }

var (
	imageClass    = newRecordClass("Image", "genlayer.gl.nondet", "raw", "pil")
	responseClass = newRecordClass("Response", "genlayer.gl.nondet.web", "status", "headers", "body")
)

// glCall sends a gl_call request that has an answer and returns it. The
// host's refusals are the SDK's SystemErrors for WASI errnos.
func glCall(req calldata.Map) calldata.Value {
	if Env == nil || Env.Conn == nil {
		panic(Forbidden())
	}
	st, v := Env.Conn.Request(hostio.OpGLCall, req)
	switch st {
	case hostio.StatusOK:
		if m, ok := v.(calldata.Map); ok {
			if e, ok := m.Get("error"); ok {
				if em, ok := e.(calldata.Map); ok {
					if f, ok := em.Get("fatal"); ok && f == true {
						panic(&hostio.ModuleFatal{Err: calldata.DebugString(e)})
					}
				}
			}
		}
		return v
	case hostio.StatusForbidden:
		panic(Forbidden())
	case hostio.StatusInval:
		rt.Raise(rt.SystemError, "2: inval")
	case hostio.StatusInbalance:
		rt.Raise(rt.SystemError, "7: inbalance")
	}
	panic(&hostio.Trap{Msg: st.String()})
}

// decodeNondet is the SDK's _decode_nondet: the "ok" value of the answer,
// or NondetException(error) when the answer has a truthy "error".
func decodeNondet(v calldata.Value) rt.Value {
	d, ok := FromCalldata(v).(*rt.Dict)
	if !ok {
		rt.Raise(rt.AttributeError, "'"+rt.TypeName(FromCalldata(v))+"' object has no attribute 'get'")
	}
	if e, ok := d.Get("error"); ok && rt.Truth(e) {
		panic(&rt.Exception{Cls: NondetException, Args: []rt.Value{e}})
	}
	return d.GetItem("ok")
}

// one returns the single-entry map {key: args}.
func one(key string, args calldata.Map) calldata.Map {
	return calldata.Map{{Key: key, Value: args}}
}

// strOrBytes is the SDK's str_or_bytes_to_bytes.
func strOrBytes(v rt.Value) calldata.Value {
	switch x := v.(type) {
	case rt.NoneType:
		return nil
	case string:
		return []byte(x)
	}
	return ToCalldata(v)
}

// execPrompt starts gl.nondet.exec_prompt(prompt, **config).
func execPrompt(a []rt.Value) func() rt.Value {
	checkNondet()
	config := a[1].(*rt.Dict)
	var images []calldata.Value
	if ims, ok := config.Get("images"); ok && rt.Truth(ims) {
		it := rt.Iter(ims)
		for im, ok := it.Next(); ok; im, ok = it.Next() {
			if r, isImg := im.(*recordObj); isImg && r.cls.IsSubclass(imageClass.cls) {
				im = r.vals[0]
			}
			images = append(images, ToCalldata(im))
		}
	}
	if len(images) > 2 {
		rt.Raise(rt.SystemError, "2: inval")
	}
	if images == nil {
		images = []calldata.Value{}
	}
	format := rt.Value("text")
	if f, ok := config.Get("response_format"); ok {
		format = f
	}
	ans := glCall(one("ExecPrompt", calldata.Map{
		{Key: "images", Value: images},
		{Key: "prompt", Value: ToCalldata(a[0])},
		{Key: "response_format", Value: ToCalldata(format)},
	}))
	return func() rt.Value { return decodeNondet(ans) }
}

// webRequest starts gl.nondet.web.request(url, method=, body=, headers=).
func webRequest(url, method, body, headers rt.Value) func() rt.Value {
	checkNondet()
	var hs calldata.Map
	it := rt.Iter(rt.Call(rt.GetAttr(headers, "items"), nil, nil))
	for kv, ok := it.Next(); ok; kv, ok = it.Next() {
		p := rt.Unpack(kv, 2)
		k, isStr := p[0].(string)
		if !isStr {
			rt.Raisef(rt.TypeError, "calldata dict keys must be str, got ", rt.TypeName(p[0]))
		}
		hs = append(hs, calldata.Entry{Key: k, Value: strOrBytes(p[1])})
	}
	if hs == nil {
		hs = calldata.Map{}
	}
	ans := glCall(one("WebRequest", calldata.Map{
		{Key: "body", Value: strOrBytes(body)},
		{Key: "headers", Value: hs},
		{Key: "method", Value: ToCalldata(method)},
		{Key: "url", Value: ToCalldata(url)},
	}))
	return func() rt.Value {
		resp := rt.GetItem(decodeNondet(ans), "response")
		d, ok := resp.(*rt.Dict)
		if !ok {
			rt.Raisef(rt.TypeError, "Response() argument after ** must be a mapping, not ", rt.TypeName(resp))
		}
		var kws []rt.KW
		for _, k := range d.Keys() {
			v, _ := d.Get(k)
			kws = append(kws, rt.KW{Name: rt.Str(k), Value: v})
		}
		return rt.Call(responseClass.cls, nil, kws)
	}
}

// webRender starts gl.nondet.web.render(url, mode=, wait_after_loaded=).
func webRender(a []rt.Value) func() rt.Value {
	checkNondet()
	url, mode, wait := a[0], a[1], a[2]
	if !rt.Truth(wait) {
		wait = "0ms"
	}
	ans := glCall(one("WebRender", calldata.Map{
		{Key: "mode", Value: ToCalldata(mode)},
		{Key: "url", Value: ToCalldata(url)},
		{Key: "wait_after_loaded", Value: ToCalldata(wait)},
	}))
	return func() rt.Value {
		x := decodeNondet(ans)
		if !rt.Eq(mode, "screenshot") {
			return rt.GetItem(x, "text")
		}
		// GenVM wraps the PNG with PIL (Image.pil); genvm-go has no PIL:
		// pil is None (docs/deviations.md).
		return imageClass.make(rt.GetItem(x, "image"), rt.None)
	}
}

func init() {
	nd, web := "genlayer.gl.nondet", "genlayer.gl.nondet.web"
	sdkValues[nd+".web"] = &sdkNS{web}
	sdkValues[nd+".NondetException"] = NondetException
	sdkValues[nd+".Image"] = imageClass.cls
	sdkValues[web+".Response"] = responseClass.cls
	regLazy(nd+".exec_prompt", lazyAPI(nd, "exec_prompt", &Sig{Names: []string{"prompt", "config"}, NPos: 1, VarKw: true}, nil, nil, execPrompt))
	regLazy(web+".request", lazyAPI(web, "request", &Sig{Names: []string{"url", "method", "body", "headers"}, NPos: 1, KwOnly: 3},
		nil, []rt.Value{nil, rt.None, rt.NewDict(0)}, func(a []rt.Value) func() rt.Value {
			return webRequest(a[0], a[1], a[2], a[3])
		}))
	regLazy(web+".get", lazyAPI(web, "get", &Sig{Names: []string{"url", "headers"}, NPos: 1, KwOnly: 1},
		nil, []rt.Value{rt.NewDict(0)}, func(a []rt.Value) func() rt.Value {
			return webRequest(a[0], "GET", rt.None, a[1])
		}))
	for _, m := range []string{"post", "delete", "head", "patch"} {
		method := map[string]string{"post": "POST", "delete": "DELETE", "head": "HEAD", "patch": "PATCH"}[m]
		regLazy(web+"."+m, lazyAPI(web, m, &Sig{Names: []string{"url", "body", "headers"}, NPos: 1, KwOnly: 2},
			nil, []rt.Value{rt.None, rt.NewDict(0)}, func(a []rt.Value) func() rt.Value {
				return webRequest(a[0], method, a[1], a[2])
			}))
	}
	regLazy(web+".render", lazyAPI(web, "render", &Sig{Names: []string{"url", "mode", "wait_after_loaded"}, NPos: 1, KwOnly: 2},
		nil, []rt.Value{"text", rt.None}, webRender))
}
