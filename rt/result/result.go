// Package result implements what a transaction hands back to its host,
// byte-compatible with the original GenVM: result codes and payloads, the
// `executed with` line the test harness compares (spec §8), event topics,
// and the create2-style address of deploy_contract with a salt.
package result

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/calldata"
)

// Code is the first byte of every result (public-abi.json ResultCode).
type Code byte

// Result codes.
const (
	Return        Code = 0
	UserError     Code = 1
	VMError       Code = 2
	InternalError Code = 3
)

func (c Code) String() string {
	switch c {
	case Return:
		return "Return"
	case UserError:
		return "UserError"
	case VMError:
		return "VMError"
	case InternalError:
		return "InternalError"
	}
	return fmt.Sprintf("Code(%d)", byte(c))
}

// Result is a finished execution: Data is the calldata of a Return, Message
// the text of the other kinds. Fingerprint is the error fingerprint that
// accompanies UserError/VMError of the main VM (nil encodes as null).
type Result struct {
	Code        Code
	Data        []byte
	Message     string
	Fingerprint calldata.Value
}

// NullReturn is the result of a method that returns None (or exit(0)).
func NullReturn() Result { return Result{Code: Return, Data: []byte{0x00}} }

// ReturnValue encodes v as a Return result.
func ReturnValue(v calldata.Value) (Result, error) {
	b, err := calldata.Encode(v)
	return Result{Code: Return, Data: b}, err
}

// Raw is the encoding used between VMs and for leaders' nondet results
// (RunOk::as_bytes_iter): the code byte, then the calldata of a Return or
// the UTF-8 message of an error.
func (r Result) Raw() []byte {
	if r.Code == Return {
		return append([]byte{byte(r.Code)}, r.Data...)
	}
	return append([]byte{byte(r.Code)}, r.Message...)
}

// ParseRaw decodes Raw's format.
func ParseRaw(b []byte) (Result, error) {
	if len(b) == 0 {
		return Result{}, fmt.Errorf("result: empty")
	}
	r := Result{Code: Code(b[0])}
	switch r.Code {
	case Return:
		r.Data = append([]byte(nil), b[1:]...)
	case UserError, VMError, InternalError:
		r.Message = string(b[1:])
	default:
		return Result{}, fmt.Errorf("result: unknown code %d", b[0])
	}
	return r, nil
}

// HostPayload is what consume_result sends to the host: the code byte, then
// the Return calldata, or for UserError/VMError the calldata map
// {"fingerprint": …, "message": str}, or for internal errors the raw text.
func (r Result) HostPayload() ([]byte, error) {
	out := []byte{byte(r.Code)}
	switch r.Code {
	case Return:
		return append(out, r.Data...), nil
	case UserError, VMError:
		return calldata.Append(out, calldata.Map{
			{Key: "fingerprint", Value: r.Fingerprint},
			{Key: "message", Value: r.Message},
		})
	}
	return append(out, r.Message...), nil
}

// ExecutedWith is the line genvm prints after a run with --print=result:
// "executed with `Return(\"…\")`", "executed with `UserError(\"…\")`", ...
func (r Result) ExecutedWith() string { return "executed with `" + r.Display() + "`" }

// Display renders the result as GenVM's RunOk Debug impl does: a Return's
// calldata bytes decoded leniently as UTF-8 with control characters as
// \xNN, backslash doubled, invalid sequences as \NN per byte (no x) and
// quotes left alone; error messages with Rust's Debug escaping for str.
func (r Result) Display() string {
	switch r.Code {
	case Return:
		return `Return("` + EscapeReturn(r.Data) + `")`
	case UserError:
		return "UserError(" + RustDebugString(r.Message) + ")"
	case VMError:
		return "VMError(" + RustDebugString(r.Message) + ")"
	}
	return "InternalError(" + RustDebugString(r.Message) + ")"
}

// EscapeReturn escapes calldata bytes for the Return(...) display.
func EscapeReturn(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n, ok := decodeLenient(b)
		switch {
		case !ok:
			for _, c := range b[:n] {
				fmt.Fprintf(&sb, `\%02x`, c)
			}
		case r == '\\':
			sb.WriteString(`\\`)
		case unicode.Is(unicode.Cc, r):
			fmt.Fprintf(&sb, `\x%02x`, r)
		default:
			sb.WriteRune(r)
		}
		b = b[n:]
	}
	return sb.String()
}

// decodeLenient is GenVM's util::str::decode_utf8 step: it consumes one
// character, or the bytes of one invalid sequence (a lead byte and the
// continuation bytes that follow it, up to the length the lead announces;
// 5- and 6-byte forms, overlong forms and surrogates are invalid).
func decodeLenient(b []byte) (r rune, n int, ok bool) {
	c := b[0]
	if c < 0x80 {
		return rune(c), 1, true
	}
	l := 0
	for c<<l&0x80 != 0 {
		l++
	}
	if l < 2 || l > 6 {
		return 0, 1, false
	}
	x := rune(c) & (0x7f >> l)
	n = 1
	for i := 0; i < l-1; i++ {
		if n >= len(b) || b[n]&0xc0 != 0x80 {
			return 0, n, false
		}
		x = x<<6 | rune(b[n]&0x3f)
		n++
	}
	if x > unicode.MaxRune || x >= 0xd800 && x <= 0xdfff || utf8.RuneLen(x) != l {
		return 0, n, false
	}
	return x, n, true
}

// RustDebugString quotes s as Rust's `impl Debug for str` does: \0 \t \r \n
// \\ \" escapes, \u{…} for grapheme-extending and non-printable characters
// (general categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space).
func RustDebugString(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case 0:
			sb.WriteString(`\0`)
		case '\t':
			sb.WriteString(`\t`)
		case '\r':
			sb.WriteString(`\r`)
		case '\n':
			sb.WriteString(`\n`)
		case '\\':
			sb.WriteString(`\\`)
		case '"':
			sb.WriteString(`\"`)
		default:
			if isGraphemeExtend(r) || !isRustPrintable(r) {
				fmt.Fprintf(&sb, `\u{%x}`, r)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

func isGraphemeExtend(r rune) bool {
	return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Other_Grapheme_Extend)
}

func isRustPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	// unassigned code points (Cn) are not printable
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}
