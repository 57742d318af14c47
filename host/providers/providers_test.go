package providers

import (
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"encoding/hex"
	"math/big"
	"testing"
	"time"

	"github.com/genvm-go/genvm/rt/calldata"
)

func m(kv ...any) calldata.Map {
	var out calldata.Map
	for i := 0; i < len(kv); i += 2 {
		out = append(out, calldata.Entry{Key: kv[i].(string), Value: kv[i+1]})
	}
	return out
}

func cause(t *testing.T, err error) string {
	t.Helper()
	e, ok := err.(*Error)
	require.True(t, ok, "want *Error, got %v", err)
	return e.Causes[0]
}

func TestParseRequests(t *testing.T) {
	p, err := ParseExecPrompt(m("images", []calldata.Value{[]byte{1}, []byte{2}}, "prompt", "hi", "response_format", "json"))
	require.NoError(t, err)
	assert.Equal(t, ExecPrompt{Prompt: "hi", ResponseFormat: "json", Images: [][]byte{{1}, {2}}}, p)
	for _, bad := range []calldata.Value{
		"x",
		m("response_format", "text"),
		m("prompt", 1, "response_format", "text"),
		m("prompt", "hi", "response_format", "bool"),
		m("images", []calldata.Value{[]byte{1}, []byte{2}, []byte{3}}, "prompt", "hi", "response_format", "text"),
		m("images", []calldata.Value{"s"}, "prompt", "hi", "response_format", "text"),
	} {
		_, err := ParseExecPrompt(bad)
		assert.Equal(t, CauseBadRequest, cause(t, err), "%v", bad)
	}
	p, err = ParseExecPrompt(m("images", []calldata.Value{}, "prompt", "hi"))
	require.NoError(t, err)
	assert.Equal(t, FormatText, p.ResponseFormat, "response_format defaults to text")
	tp, err := ParseExecPromptTemplate(m("extra", 1, "leader_answer", "a", "principle", "p", "template", "EqComparative", "validator_answer", "b"))
	require.NoError(t, err)
	assert.Equal(t, "EqComparative", tp.Template)
	assert.Equal(t, m("leader_answer", "a", "principle", "p", "validator_answer", "b"), tp.Vars, "unknown keys dropped")
	tp, err = ParseExecPromptTemplate(m("criteria", "c", "input", "i", "output", "o", "task", "t", "template", "EqNonComparativeValidator"))
	require.NoError(t, err)
	assert.Equal(t, m("criteria", "c", "input", "i", "output", "o", "task", "t"), tp.Vars)
	for _, bad := range []calldata.Map{
		m("template", "Eq"),
		m("criteria", "c", "input", "i", "template", "EqNonComparativeLeader"),
		m("criteria", "c", "input", big.NewInt(1), "task", "t", "template", "EqNonComparativeLeader"),
	} {
		_, err = ParseExecPromptTemplate(bad)
		assert.Equal(t, CauseBadRequest, cause(t, err), "%v", bad)
	}

	r, err := ParseWebRender(m("mode", "html", "url", "https://x.com", "wait_after_loaded", "1500ms"))
	require.NoError(t, err)
	assert.Equal(t, WebRender{URL: "https://x.com", Mode: "html", WaitAfterLoaded: 1500 * time.Millisecond}, r)
	r, err = ParseWebRender(m("mode", "text", "url", "u", "wait_after_loaded", nil))
	require.NoError(t, err)
	assert.Equal(t, time.Duration(0), r.WaitAfterLoaded)
	for _, w := range []string{"1.5s", "ms", "-1s", "10m", " 1s", "99999999999s"} {
		_, err = ParseWebRender(m("mode", "text", "url", "u", "wait_after_loaded", w))
		assert.Equal(t, CauseBadRequest, cause(t, err), w)
	}
	d, err := ParseWait("3s")
	require.NoError(t, err)
	assert.Equal(t, 3*time.Second, d)
	_, err = ParseWebRender(m("mode", "pdf", "url", "u"))
	assert.Equal(t, CauseBadRequest, cause(t, err))

	q, err := ParseWebRequest(m("body", nil, "headers", m("a", []byte("1")), "method", "PATCH", "url", "https://x.com"))
	require.NoError(t, err)
	assert.Equal(t, WebRequest{URL: "https://x.com", Method: "PATCH", Headers: []Header{{"a", []byte("1")}}}, q)
	q, err = ParseWebRequest(m("body", []byte("b"), "method", "POST", "sign", true, "url", "u"))
	require.NoError(t, err)
	assert.Equal(t, []byte("b"), q.Body)
	assert.True(t, q.Sign)
	for _, bad := range []calldata.Map{
		m("method", "PUT", "url", "u"),
		m("method", "get", "url", "u"),
		m("headers", m("a", "str"), "method", "GET", "url", "u"),
		m("body", "str", "method", "GET", "url", "u"),
	} {
		_, err = ParseWebRequest(bad)
		assert.Equal(t, CauseBadRequest, cause(t, err), "%v", bad)
	}
}

func TestParseJSONObject(t *testing.T) {
	o, err := ParseJSONObject(` {"b": 1, "a": [true, null, -2.5e3, "x"], "b": 2, "n": {"z": {}}, "big": -123456789012345678901234567890} `)
	require.NoError(t, err)
	big30, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	assert.Equal(t, m("a", []calldata.Value{true, nil, -2500.0, "x"}, "b", big.NewInt(2), "big", big30, "n", m("z", calldata.Map{})), o, "sorted keys, last duplicate wins")
	for _, bad := range []string{"", "[]", "1", `"s"`, "null", "{} {}", "{} x", "{", `{"a":}`, "{'a': 1}"} {
		_, err := ParseJSONObject(bad)
		assert.Error(t, err, bad)
	}
	_, err = ParseJSONObject("[1]")
	assert.Equal(t, "must be an object", err.Error())
}

func TestErrorValueAndEnv(t *testing.T) {
	e := NewError(CausePortForbidden, false, "url", "u", "port", 8080)
	v := e.Value()
	enc, err := calldata.Encode(v)
	require.NoError(t, err)
	assert.Equal(t, `{"causes":["PORT_FORBIDDEN"],"ctx":{"port":8080,"url":"u"},"fatal":false}`, calldata.DebugString(v))
	dec, err := calldata.Decode(enc)
	require.NoError(t, err)
	assert.Equal(t, calldata.DebugString(v), calldata.DebugString(dec))
	assert.Equal(t, "1e", hex.EncodeToString(enc[:1]), "a map of three entries: 3<<3|6")
	assert.True(t, e.Has(CausePortForbidden) && !e.Has(CauseTLDForbidden))
	assert.True(t, e.WithFatal(true).Fatal && !e.Fatal)
	assert.Contains(t, e.Error(), "PORT_FORBIDDEN url=\"u\" port=8080")

	env := map[string]string{"A": "1", "B_2": "two"}
	get := func(k string) string { return env[k] }
	assert.Equal(t, "x1-two-${ENV[bad-name]}-", ExpandEnv("x${ENV[A]}-${ENV[B_2]}-${ENV[bad-name]}-${ENV[MISSING]}", get))
}
