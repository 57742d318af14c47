package gen

import (
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/hostio"
)

// TestResultObjectsMatchSDK compares the gl.vm result objects, gl.nondet's
// Image and web Response with the SDK's dataclasses (gl/vm.py,
// gl/nondet/web.py) run by CPython: repr, str, == and the message of
// unpack_result's rewrapped VMError.
func TestResultObjectsMatchSDK(t *testing.T) {
	pyoracle.Require(t)
	script := `
import dataclasses
@dataclasses.dataclass
class Return:
	calldata: object
@dataclasses.dataclass
class VMError:
	message: str
@dataclasses.dataclass
class UserError(Exception):
	message: str
	def __str__(self): return repr(self)
@dataclasses.dataclass
class Response:
	status: int
	headers: dict
	body: object
@dataclasses.dataclass
class Image:
	raw: bytes
	pil: object
def unpack_result(res):
	if isinstance(res, UserError): raise res
	if isinstance(res, VMError): raise UserError('vm error: ' + res.message)
	return res.calldata
vals = [Return([1, 'a', b'b']), Return(None), VMError('exit_code 1'), UserError('no'), UserError(message='kw'),
	Response(200, {'a': b'x'}, None), Image(b'\x89PNG', None)]
for v in vals:
	print(repr(v), str(v))
print(Return(1) == Return(1), Return(1) == Return(2), Return(1) == VMError(1), UserError('a') == UserError('a'),
	UserError('a') == UserError('b'), VMError('x') != VMError('x'))
print(UserError('x').args, UserError(message='x').args, UserError('x').message)
try:
	unpack_result(VMError('exit_code 3'))
except UserError as e:
	print(e.message, e)
for bad in ['Return()', 'Return(1, 2)', 'UserError(1, 2)', 'Response(1, 2)']:
	try:
		eval(bad)
	except TypeError as e:
		print(type(e).__name__)
`
	want, err := pyoracle.Run(script, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	line := func(parts ...string) { b.WriteString(strings.Join(parts, " ") + "\n") }
	call := func(cls rt.Value, args []rt.Value, kw []rt.KW) rt.Value { return rt.Call(cls, args, kw) }
	i := func(n int64) rt.Value { return rt.IntFromInt64(n) }
	hdrs := rt.NewDict(0)
	hdrs.Set("a", rt.Bytes("x"))
	vals := []rt.Value{
		call(ReturnType, []rt.Value{rt.NewList([]rt.Value{i(1), "a", rt.Bytes("b")})}, nil),
		call(ReturnType, []rt.Value{rt.None}, nil),
		call(VMErrorType, []rt.Value{"exit_code 1"}, nil),
		call(hostio.UserError, []rt.Value{"no"}, nil),
		call(hostio.UserError, nil, []rt.KW{{Name: "message", Value: "kw"}}),
		call(responseClass.cls, []rt.Value{i(200), hdrs, rt.None}, nil),
		call(imageClass.cls, []rt.Value{rt.Bytes("\x89PNG"), rt.None}, nil),
	}
	for _, v := range vals {
		line(rt.Repr(v), rt.Str(v))
	}
	eq := func(op rt.CompareOp, a, b rt.Value) string { return rt.Repr(rt.Compare(op, a, b)) }
	ret := func(v rt.Value) rt.Value { return call(ReturnType, []rt.Value{v}, nil) }
	ue := func(m string) rt.Value { return call(hostio.UserError, []rt.Value{m}, nil) }
	line(eq(rt.OpEQ, ret(i(1)), ret(i(1))), eq(rt.OpEQ, ret(i(1)), ret(i(2))), eq(rt.OpEQ, ret(i(1)), call(VMErrorType, []rt.Value{i(1)}, nil)),
		eq(rt.OpEQ, ue("a"), ue("a")), eq(rt.OpEQ, ue("a"), ue("b")),
		eq(rt.OpNE, call(VMErrorType, []rt.Value{"x"}, nil), call(VMErrorType, []rt.Value{"x"}, nil)))
	line(rt.Repr(rt.GetAttr(ue("x"), "args")), rt.Repr(rt.GetAttr(call(hostio.UserError, nil, []rt.KW{{Name: "message", Value: "x"}}), "args")),
		rt.Str(rt.GetAttr(ue("x"), "message")))
	exc := rt.Catch(func() { unpackResult(call(VMErrorType, []rt.Value{"exit_code 3"}, nil)) })
	line(rt.Str(rt.GetAttr(exc, "message")), rt.Str(exc))
	for _, bad := range []func(){
		func() { call(ReturnType, nil, nil) },
		func() { call(ReturnType, []rt.Value{i(1), i(2)}, nil) },
		func() { call(hostio.UserError, []rt.Value{i(1), i(2)}, nil) },
		func() { call(responseClass.cls, []rt.Value{i(1), i(2)}, nil) },
	} {
		if e := rt.Catch(bad); e != nil {
			line(e.Cls.Name)
		} else {
			line("no error")
		}
	}
	if got := b.String(); got != string(want) {
		t.Errorf("got:\n%s\nwant (CPython):\n%s", got, want)
	}
}
