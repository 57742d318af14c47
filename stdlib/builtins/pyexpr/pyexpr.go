// Package pyexpr evaluates a small subset of Python expressions on the rt
// runtime, so that differential tests can send the very same source text to
// CPython and to our implementation (see internal/pycase). It is a test aid,
// not the compiler: it supports literals, displays (with CPython's constant
// set folding), comprehensions, lambda, the walrus operator, conditional
// expressions, boolean, comparison, binary and unary operators, calls with
// keyword arguments, attributes and subscripts with slices. Names resolve to
// the environment, then to the builtins.
package pyexpr

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/builtins"
)

// Env holds variables (walrus targets, setup assignments, lambda parameters).
type Env struct {
	vars   map[string]rt.Value
	parent *Env
}

// NewEnv returns an empty top-level environment.
func NewEnv() *Env { return &Env{vars: map[string]rt.Value{}} }

// Set binds a name.
func (e *Env) Set(name string, v rt.Value) { e.vars[name] = v }

func (e *Env) lookup(name string) (rt.Value, bool) {
	for s := e; s != nil; s = s.parent {
		if v, ok := s.vars[name]; ok {
			return v, true
		}
	}
	return builtins.Lookup(name)
}

func (e *Env) top() *Env {
	for e.parent != nil && !e.isFunc() {
		e = e.parent
	}
	return e
}

func (e *Env) isFunc() bool { return e.vars["\x00func"] != nil }

// Eval evaluates src in a fresh environment.
func Eval(src string) rt.Value { return EvalIn(NewEnv(), src) }

// EvalIn evaluates src in env.
func EvalIn(env *Env, src string) rt.Value {
	p := &parser{toks: tokenize(src), src: src}
	n := p.namedExpr()
	if p.peek().kind != tEOF {
		panic(fmt.Sprintf("pyexpr: trailing input at %q in %q", p.peek().text, src))
	}
	return n.eval(env)
}

// Exec runs setup lines of the form "name = expr" (or bare expressions).
func Exec(env *Env, setup string) {
	for _, line := range strings.Split(setup, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "import ") {
			continue
		}
		if i := strings.Index(line, "="); i > 0 && isIdent(strings.TrimSpace(line[:i])) && line[i+1] != '=' {
			env.Set(strings.TrimSpace(line[:i]), EvalIn(env, line[i+1:]))
			continue
		}
		EvalIn(env, line)
	}
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
			return false
		}
	}
	return s != ""
}

// ---- tokens ----

type tokKind int

const (
	tEOF tokKind = iota
	tNum
	tStr
	tBytes
	tName
	tOp
)

type token struct {
	kind tokKind
	text string
	val  rt.Value
}

var ops3 = []string{"**=", "//=", ">>=", "<<=", "...", "!=", "==", "<=", ">=", "//", "**", "<<", ">>", ":=", "->"}

func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c >= '0' && c <= '9' || (c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9'):
			j := i
			isFloat := false
			if c == '0' && i+1 < len(s) && strings.ContainsRune("xXoObB", rune(s[i+1])) {
				j += 2
				for j < len(s) && (isHex(s[j]) || s[j] == '_') {
					j++
				}
			} else {
				for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '_' || s[j] == '.' || s[j] == 'e' || s[j] == 'E' ||
					((s[j] == '+' || s[j] == '-') && (s[j-1] == 'e' || s[j-1] == 'E'))) {
					if s[j] == '.' || s[j] == 'e' || s[j] == 'E' {
						isFloat = true
					}
					j++
				}
			}
			lit := strings.ReplaceAll(s[i:j], "_", "")
			var v rt.Value
			if isFloat {
				f, err := strconv.ParseFloat(lit, 64)
				if err != nil && !strings.Contains(err.Error(), "range") {
					panic("pyexpr: bad float " + lit)
				}
				v = f
			} else {
				n, ok := rt.ParseIntLiteral(lit)
				if !ok {
					panic("pyexpr: bad int " + lit)
				}
				v = n
			}
			out = append(out, token{kind: tNum, text: s[i:j], val: v})
			i = j
		case c == '"' || c == '\'' || ((c == 'b' || c == 'r' || c == 'B') && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\'')):
			isBytes, raw := false, false
			if c == 'b' || c == 'B' {
				isBytes = true
				i++
			} else if c == 'r' {
				raw = true
				i++
			}
			q := s[i]
			j := i + 1
			var sb strings.Builder
			for ; j < len(s) && s[j] != q; j++ {
				if s[j] == '\\' && !raw {
					j++
					switch s[j] {
					case 'n':
						sb.WriteByte('\n')
					case 't':
						sb.WriteByte('\t')
					case 'r':
						sb.WriteByte('\r')
					case '0':
						sb.WriteByte(0)
					case 'x':
						n, _ := strconv.ParseUint(s[j+1:j+3], 16, 8)
						if isBytes {
							sb.WriteByte(byte(n))
						} else {
							sb.WriteString(builtins.ChrOf(rune(n)))
						}
						j += 2
					case 'u':
						n, _ := strconv.ParseUint(s[j+1:j+5], 16, 32)
						sb.WriteString(builtins.ChrOf(rune(n)))
						j += 4
					case 'U':
						n, _ := strconv.ParseUint(s[j+1:j+9], 16, 32)
						sb.WriteString(builtins.ChrOf(rune(n)))
						j += 8
					default:
						sb.WriteByte(s[j])
					}
					continue
				}
				sb.WriteByte(s[j])
			}
			if j >= len(s) {
				panic("pyexpr: unterminated string in " + s)
			}
			if isBytes {
				out = append(out, token{kind: tBytes, text: s[i : j+1], val: rt.Bytes(sb.String())})
			} else {
				out = append(out, token{kind: tStr, text: s[i : j+1], val: sb.String()})
			}
			i = j + 1
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(s) && (s[j] == '_' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			out = append(out, token{kind: tName, text: s[i:j]})
			i = j
		default:
			op := string(c)
			for _, o := range ops3 {
				if strings.HasPrefix(s[i:], o) {
					op = o
					break
				}
			}
			out = append(out, token{kind: tOp, text: op})
			i += len(op)
		}
	}
	return append(out, token{kind: tEOF})
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == 'x' || c == 'o' || c == 'X' || c == 'O'
}
