package json

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
)

// MaxEncodeDepth is the nesting depth at which dumps raises RecursionError
// (CPython 3.13 encodes 9,997 nested non-empty containers, with or without
// indent, from the top level).
const MaxEncodeDepth = 9997

// Encoder holds the options of json.dumps / JSONEncoder.
type Encoder struct {
	SkipKeys      bool
	EnsureASCII   bool
	CheckCircular bool
	AllowNaN      bool
	SortKeys      bool
	Indent        *string // nil: compact
	ItemSep       string
	KeySep        string
	// Default is called for objects the encoder cannot serialise; nil raises
	// "Object of type X is not JSON serializable".
	Default func(v rt.Value) rt.Value

	buf     []byte
	charged int // bytes of buf charged to the meter
	markers []rt.Value
	level   int
	depth   int
}

// NewEncoder returns an encoder with dumps' defaults.
func NewEncoder() *Encoder {
	return &Encoder{EnsureASCII: true, CheckCircular: true, AllowNaN: true, ItemSep: ", ", KeySep: ": "}
}

// SetIndent sets the indent: an int n gives n spaces (none if n <= 0), a str
// is used as is; it also switches the default item separator to ",".
func (e *Encoder) SetIndent(s string) { e.Indent = &s }

// Encode returns the JSON text of v.
func (e *Encoder) Encode(v rt.Value) string {
	e.buf = e.buf[:0]
	e.markers = e.markers[:0]
	e.level, e.depth, e.charged = 0, 0, 0
	e.encode(v)
	e.charge()
	rt.ChargeBytes(len(e.buf))
	return string(e.buf)
}

// charge charges the output produced since the last charge (rt.ChargeText).
// It runs after every container item, so that the output of a document
// built from shared references ([x] * n nested) stops within one item of
// the memory budget.
func (e *Encoder) charge() {
	if n := len(e.buf) - e.charged; n > 0 {
		rt.ChargeText(n)
		e.charged = len(e.buf)
	}
}

func (e *Encoder) encode(v rt.Value) {
	switch x := v.(type) {
	case string:
		e.str(x)
	case rt.NoneType:
		e.buf = append(e.buf, "null"...)
	case bool:
		if x {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
	case rt.Int:
		if n, ok := x.Int64(); ok {
			e.buf = appendInt(e.buf, n)
		} else {
			e.buf = append(e.buf, x.String()...)
		}
	case float64:
		e.buf = append(e.buf, e.floatStr(x)...)
	case *rt.List:
		e.array(v, x.Items)
	case *rt.Tuple:
		e.array(v, x.Items)
	case *rt.Dict:
		e.object(x)
	case tupleSubclass:
		// A tuple subclass (typing.NamedTuple instances) encodes as a
		// list, as CPython's encoder checks isinstance(o, (list, tuple)).
		e.array(v, x.Tuple().Items)
	default:
		if s, ok := asJSONScalar(v); ok {
			e.buf = append(e.buf, s...)
			return
		}
		e.enterMarker(v)
		e.enterDepth()
		var conv rt.Value
		if e.Default == nil {
			rt.Raisef(rt.TypeError, "Object of type ", rt.TypeName(v), " is not JSON serializable")
		}
		conv = e.Default(v)
		e.encode(conv)
		e.depth--
		e.leaveMarker()
	}
}

// asJSONScalar handles values of classes the runtime knows as int/str/float
// subclasses (e.g. IntEnum members) through their Str/Repr forms.
func asJSONScalar(v rt.Value) (string, bool) {
	if u, ok := v.(interface{ JSONValue() rt.Value }); ok {
		switch x := u.JSONValue().(type) {
		case rt.Int:
			return x.String(), true
		case string:
			return quoteString(x, true), true
		}
	}
	return "", false
}

func appendInt(b []byte, n int64) []byte {
	if n >= 0 && n < 10 {
		return append(b, byte('0'+n))
	}
	var tmp [20]byte
	i := len(tmp)
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	for u > 0 {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		tmp[i] = '-'
	}
	return append(b, tmp[i:]...)
}

func (e *Encoder) floatStr(f float64) string {
	var text string
	switch {
	case f != f:
		text = "NaN"
	case math.IsInf(f, 1):
		text = "Infinity"
	case math.IsInf(f, -1):
		text = "-Infinity"
	default:
		return rt.FloatRepr(f)
	}
	if !e.AllowNaN {
		rt.Raisef(rt.ValueError, "Out of range float values are not JSON compliant: ", rt.FloatRepr(f))
	}
	return text
}

func (e *Encoder) enterMarker(v rt.Value) {
	if !e.CheckCircular {
		return
	}
	for _, m := range e.markers {
		if m == v {
			rt.Raise(rt.ValueError, "Circular reference detected")
		}
	}
	e.markers = append(e.markers, v)
}

func (e *Encoder) leaveMarker() {
	if e.CheckCircular {
		e.markers = e.markers[:len(e.markers)-1]
	}
}

func (e *Encoder) enterDepth() {
	e.depth++
	if e.depth > MaxEncodeDepth {
		e.depth = 0
		rt.Raise(rt.RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
	}
}

func (e *Encoder) newline() {
	e.buf = append(e.buf, '\n')
	for i := 0; i < e.level; i++ {
		e.buf = append(e.buf, *e.Indent...)
	}
}

func (e *Encoder) array(v rt.Value, items []rt.Value) {
	if len(items) == 0 {
		e.buf = append(e.buf, "[]"...)
		return
	}
	e.enterMarker(v)
	e.enterDepth()
	e.buf = append(e.buf, '[')
	if e.Indent != nil {
		e.level++
		e.newline()
	}
	for i, item := range items {
		if i > 0 {
			e.buf = append(e.buf, e.ItemSep...)
			if e.Indent != nil {
				e.newline()
			}
		}
		e.encode(item)
		fuel.Charge(fuel.PerValue)
		e.charge()
	}
	if e.Indent != nil {
		e.level--
		e.newline()
	}
	e.buf = append(e.buf, ']')
	e.depth--
	e.leaveMarker()
}

func (e *Encoder) object(d *rt.Dict) {
	if d.Len() == 0 {
		e.buf = append(e.buf, "{}"...)
		return
	}
	e.enterMarker(d)
	e.enterDepth()
	e.buf = append(e.buf, '{')
	if e.Indent != nil {
		e.level++
		e.newline()
	}
	first := true
	each := func(k, val rt.Value) bool {
		var ks string
		switch x := k.(type) {
		case string:
			ks = x
		case float64:
			ks = e.floatStr(x)
		case bool:
			if x {
				ks = "true"
			} else {
				ks = "false"
			}
		case rt.NoneType:
			ks = "null"
		case rt.Int:
			ks = x.String()
		default:
			if u, ok := k.(interface{ JSONValue() rt.Value }); ok {
				switch x := u.JSONValue().(type) {
				case string:
					ks = x
					goto haveKey
				case rt.Int:
					ks = x.String()
					goto haveKey
				}
			}
			if e.SkipKeys {
				return true
			}
			rt.Raisef(rt.TypeError, "keys must be str, int, float, bool or None, not ", rt.TypeName(k))
		}
	haveKey:
		if first {
			first = false
		} else {
			e.buf = append(e.buf, e.ItemSep...)
			if e.Indent != nil {
				e.newline()
			}
		}
		e.str(ks)
		e.buf = append(e.buf, e.KeySep...)
		e.encode(val)
		fuel.Charge(fuel.PerValue)
		e.charge()
		return true
	}
	if e.SortKeys {
		keys := d.Keys()
		SortValues(keys)
		for _, k := range keys {
			val, _ := d.Get(k)
			each(k, val)
		}
	} else {
		d.Range(each)
	}
	if e.Indent != nil {
		e.level--
		e.newline()
	}
	e.buf = append(e.buf, '}')
	e.depth--
	e.leaveMarker()
}

// SortValues sorts keys in place with Python's < as list.sort does for small
// lists: a binary insertion sort comparing the new element with sorted ones
// (x < y with x the later element), so that incomparable keys raise the same
// TypeError as CPython's sorted(dict.items()).
func SortValues(keys []rt.Value) {
	if len(keys) < 64 {
		for i := 1; i < len(keys); i++ {
			pivot := keys[i]
			lo, hi := 0, i
			for lo < hi {
				mid := (lo + hi) / 2
				if rt.Less(pivot, keys[mid]) {
					hi = mid
				} else {
					lo = mid + 1
				}
			}
			copy(keys[lo+1:i+1], keys[lo:i])
			keys[lo] = pivot
		}
		return
	}
	sort.SliceStable(keys, func(i, j int) bool { return rt.Less(keys[i], keys[j]) })
}

const hexDigits = "0123456789abcdef"

func (e *Encoder) str(s string) {
	e.buf = appendQuoted(e.buf, s, e.EnsureASCII)
}

func quoteString(s string, ascii bool) string { return string(appendQuoted(nil, s, ascii)) }

// appendQuoted is encode_basestring(_ascii): JSON string escaping as CPython.
func appendQuoted(b []byte, s string, ascii bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (c != 0x7f || !ascii) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			}
			i++
			start = i
			continue
		}
		if !ascii {
			i++
			continue
		}
		r, size := decodeWTF8(s[i:])
		b = append(b, s[start:i]...)
		if r >= 0x10000 {
			r -= 0x10000
			b = appendU(b, 0xD800|(r>>10)&0x3FF)
			b = appendU(b, 0xDC00|r&0x3FF)
		} else {
			b = appendU(b, r)
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func appendU(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}

// decodeWTF8 decodes one code point, accepting encoded surrogates.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

var _ = strings.Builder{}

// tupleSubclass is implemented by instances of tuple subclasses, whose items
// json encodes like a tuple's.
type tupleSubclass interface{ Tuple() *rt.Tuple }
