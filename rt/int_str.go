package rt

import (
	"math/big"
	"math/bits"

	"github.com/genvm-go/genvm/rt/fuel"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxStrDigits is CPython's default limit on the number of decimal digits in
// int↔str conversions (sys.get_int_max_str_digits()).
const MaxStrDigits = 4300

// String returns the decimal representation of a (str(a) and repr(a)),
// raising CPython's ValueError when it has more than MaxStrDigits digits.
func (a Int) String() string {
	if a.big == nil {
		return strconv.FormatInt(a.small, 10)
	}
	// A cheap lower bound on the digit count avoids formatting huge values:
	// bitlen*log10(2) - 1 digits at least.
	if int(float64(a.big.BitLen()-1)*0.30102999566398120) > MaxStrDigits {
		raiseToStrLimit()
	}
	l := intLimbs(a)
	ChargeText(int(l) * 20)
	fuel.ChargeSize(fuel.PerLimb, IntMulCost(l, l))
	s := a.big.String()
	n := len(s)
	if s[0] == '-' {
		n--
	}
	if n > MaxStrDigits {
		raiseToStrLimit()
	}
	return s
}

func raiseToStrLimit() {
	panic(NewException(ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"))
}

// Text returns a in the given base (2, 8, 10 or 16) without prefix, with a
// leading '-' for negative values; base 10 obeys the digit limit.
func (a Int) Text(base int) string {
	if base == 10 {
		return a.String()
	}
	if a.big == nil {
		return strconv.FormatInt(a.small, base)
	}
	ChargeText(a.big.BitLen()/bits.Len(uint(base-1)) + 2)
	return a.big.Text(base)
}

// IntToBase returns bin(a), oct(a) or hex(a) (base 2, 8, 16): a sign, the
// 0b/0o/0x prefix, then lowercase digits.
func IntToBase(a Int, base int) string {
	var prefix string
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	case 16:
		prefix = "0x"
	}
	s := a.Text(base)
	if s[0] == '-' {
		return "-" + prefix + s[1:]
	}
	return prefix + s
}

// isPySpace reports whether r is whitespace for str.isspace() (and thus for
// int()/float() argument stripping).
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	if r < 0x80 {
		return false
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == 0x2028 || r == 0x2029
}

// decimalValue returns the value of a Unicode decimal digit (category Nd),
// or -1. Nd characters come in runs of ten starting at a zero.
func decimalValue(r rune) int {
	if r < 0x80 {
		if '0' <= r && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

// asciiDigits converts Unicode decimal digits to ASCII and strips Python
// whitespace at both ends, as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII does before parsing numbers.
// Other non-ASCII characters are kept (they make the parse fail).
func asciiDigits(s string) string {
	s = strings.TrimFunc(s, isPySpace)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if d := decimalValue(r); d >= 0 {
			b.WriteByte(byte('0' + d))
		} else if isPySpace(r) {
			b.WriteByte(' ')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// IntFromString parses s as int(s, base) does: surrounding whitespace, a
// sign, an optional 0x/0o/0b prefix matching base (any of them with base 0),
// underscores between digits, Unicode decimal digits. It raises ValueError
// with CPython's messages for bad literals, bad bases and literals beyond
// the digit limit.
func IntFromString(s string, base int) Int {
	if base == 10 {
		if v, ok := fastDecimal(s); ok {
			return v
		}
	}
	if base != 0 && (base < 2 || base > 36) {
		panic(NewException(ValueError, "int() base must be >= 2 and <= 36, or 0"))
	}
	v, ok := parseIntLiteral(asciiDigits(s), base)
	if !ok {
		r := Repr(s)
		if utf8.RuneCountInString(r) > 200 {
			r = string([]rune(r)[:200])
		}
		panic(NewException(ValueError, "invalid literal for int() with base "+strconv.Itoa(base)+": "+r))
	}
	return v
}

// ParseIntLiteral parses a Python integer literal as written in source code
// (decimal, 0x/0o/0b with underscores; no sign, no whitespace), reporting
// failure instead of raising. It is the compiler's entry point for int
// constants and is not subject to the digit limit.
func ParseIntLiteral(s string) (Int, bool) {
	if s == "" || s[0] == '+' || s[0] == '-' || s[0] == ' ' {
		return Int{}, false
	}
	return parseIntDigits(s, 0, false)
}

func parseIntLiteral(s string, base int) (Int, bool) {
	return parseIntDigits(s, base, true)
}

// parseIntDigits implements the grammar shared by int() and literals.
func parseIntDigits(s string, base int, limit bool) (Int, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			switch p {
			case 'x':
				base = 16
			case 'o':
				base = 8
			default:
				base = 2
			}
			s = s[2:]
			// An underscore may follow the prefix: 0x_1f.
			if s != "" && s[0] == '_' {
				s = s[1:]
				if s == "" || s[0] == '_' {
					return Int{}, false
				}
			}
			if s == "" {
				return Int{}, false
			}
		}
	}
	if base == 0 {
		// Decimal; a leading zero is only allowed for zero itself.
		base = 10
		if len(s) > 1 && s[0] == '0' {
			for i := 0; i < len(s); i++ {
				if s[i] != '0' && s[i] != '_' {
					return Int{}, false
				}
			}
		}
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' {
		return Int{}, false
	}
	digits := 0
	clean := s
	if strings.IndexByte(s, '_') >= 0 {
		var b strings.Builder
		prevUnderscore := false
		for i := 0; i < len(s); i++ {
			if s[i] == '_' {
				if prevUnderscore {
					return Int{}, false
				}
				prevUnderscore = true
				continue
			}
			prevUnderscore = false
			b.WriteByte(s[i])
		}
		clean = b.String()
	}
	for i := 0; i < len(clean); i++ {
		if digitValue(clean[i]) >= base {
			return Int{}, false
		}
	}
	digits = len(clean)
	if limit && base&(base-1) != 0 && digits > MaxStrDigits {
		panic(NewException(ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has "+
			strconv.Itoa(digits)+" digits; use sys.set_int_max_str_digits() to increase the limit"))
	}
	if digits <= 18 && base <= 10 || digits <= 15 {
		v, err := strconv.ParseInt(clean, base, 64)
		if err == nil {
			if neg {
				v = -v
			}
			return Int{small: v}, true
		}
	}
	l := uint64(digits)*6/64 + 1 // at most 6 bits per digit (base 36)
	chargeInt(l, IntMulCost(l, l)+uint64(digits))
	b, ok := new(big.Int).SetString(clean, base)
	if !ok {
		return Int{}, false
	}
	if neg {
		b.Neg(b)
	}
	return IntFromBig(b), true
}

// digitValue returns the value of an ASCII digit or letter in bases up to
// 36, or 99.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// fastDecimal parses the common case of int(s): an optional '-' and 1 to 18
// ASCII digits, nothing else.
func fastDecimal(s string) (Int, bool) {
	neg := false
	if len(s) > 0 && s[0] == '-' {
		neg = true
		s = s[1:]
	}
	if len(s) == 0 || len(s) > 18 {
		return Int{}, false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return Int{}, false
		}
		v = v*10 + int64(c)
	}
	if neg {
		v = -v
	}
	return Int{small: v}, true
}
