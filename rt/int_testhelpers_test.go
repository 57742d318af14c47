package rt

import (
	"strings"
)

// Minimal reprs for str, bytes, tuple and list, installed only in the test
// binary and only when the owning files have not set theirs, so that the
// numeric tests do not depend on the text and container implementations.
// Whichever init runs, the real slot wins: this one only fills a nil slot,
// and the real files assign unconditionally.
func init() {
	if StrType.Slots.Repr == nil {
		StrType.Slots.Repr = func(v Value) string { return testStrRepr(v.(string)) }
	}
	if BytesType.Slots.Repr == nil {
		BytesType.Slots.Repr = func(v Value) string { return "b" + testBytesRepr([]byte(v.(Bytes))) }
	}
	if ByteArrayType.Slots.Repr == nil {
		ByteArrayType.Slots.Repr = func(v Value) string {
			return "bytearray(b" + testBytesRepr(v.(*ByteArray).B) + ")"
		}
	}
	if TupleType.Slots.Repr == nil {
		TupleType.Slots.Repr = func(v Value) string {
			items := v.(*Tuple).Items
			if len(items) == 1 {
				return "(" + Repr(items[0]) + ",)"
			}
			return tupleRepr(items...)
		}
	}
	if ListType.Slots.Repr == nil {
		ListType.Slots.Repr = func(v Value) string {
			parts := []string{}
			for _, it := range v.(*List).Items {
				parts = append(parts, Repr(it))
			}
			return "[" + strings.Join(parts, ", ") + "]"
		}
	}
}

// testStrRepr is Python's repr for strings of printable ASCII and common
// escapes; anything else is escaped as Python escapes bytes.
func testStrRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = "\""
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString("\\\\")
		case string(r) == q:
			b.WriteString("\\" + q)
		case r == '\n':
			b.WriteString("\\n")
		case r == '\t':
			b.WriteString("\\t")
		case r == '\r':
			b.WriteString("\\r")
		case r < 0x20 || r == 0x7f:
			b.WriteString("\\x" + padHex(uint64(r), 2))
		case r < 0x7f:
			b.WriteRune(r)
		case r >= 0x80 && r < 0xa1, r == 0xad:
			b.WriteString("\\x" + padHex(uint64(r), 2))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}

func testBytesRepr(p []byte) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, c := range p {
		switch {
		case c == '\\' || c == '\'':
			b.WriteString("\\" + string(c))
		case c == '\n':
			b.WriteString("\\n")
		case c == '\t':
			b.WriteString("\\t")
		case c == '\r':
			b.WriteString("\\r")
		case c < 0x20 || c >= 0x7f:
			b.WriteString("\\x" + padHex(uint64(c), 2))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('\'')
	return b.String()
}
