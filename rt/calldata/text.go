package calldata

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/genvm-go/genvm/rt/address"
)

// DebugString renders v in the debug text form of the SDK's calldata.to_str:
// null, true, false, decimal integers, strings as Python's json.dumps
// (ASCII-only, \uXXXX escapes), bytes as b#<hex>, addresses as
// addr#<hex>, [a,b] and {"k":v} without spaces.
func DebugString(v Value) string {
	var sb strings.Builder
	writeDebug(&sb, v)
	return sb.String()
}

func writeDebug(sb *strings.Builder, v Value) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		if x {
			sb.WriteString("true")
		} else {
			sb.WriteString("false")
		}
	case string:
		WriteJSONString(sb, x)
	case []byte:
		sb.WriteString("b#")
		sb.WriteString(hex.EncodeToString(x))
	case address.Address:
		sb.WriteString("addr#")
		sb.WriteString(x.LowerHex())
	case *big.Int:
		sb.WriteString(x.String())
	case int:
		sb.WriteString(strconv.Itoa(x))
	case int64:
		sb.WriteString(strconv.FormatInt(x, 10))
	case uint64:
		sb.WriteString(strconv.FormatUint(x, 10))
	case []Value:
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			writeDebug(sb, e)
		}
		sb.WriteByte(']')
	case Map:
		sb.WriteByte('{')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			WriteJSONString(sb, e.Key)
			sb.WriteByte(':')
			writeDebug(sb, e.Value)
		}
		sb.WriteByte('}')
	default:
		fmt.Fprintf(sb, "<%T>", v)
	}
}

// WriteJSONString writes s quoted as Python's json.dumps does with its
// default ensure_ascii=True.
func WriteJSONString(sb *strings.Builder, s string) {
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || r >= 0x7f && r < 0x10000:
				fmt.Fprintf(sb, `\u%04x`, r)
			case r >= 0x10000:
				hi, lo := utf16.EncodeRune(r)
				fmt.Fprintf(sb, `\u%04x\u%04x`, hi, lo)
			default:
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
}
