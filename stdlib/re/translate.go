package re

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Flag bits, with CPython's values.
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256
)

// syntaxError is a pattern error: CPython's message and position (in code
// points).
type syntaxError struct {
	msg string
	pos int
}

// translation is a Python pattern rewritten for regexp2's .NET dialect.
type translation struct {
	expr      string
	groups    int            // number of capturing groups
	names     map[string]int // group name -> number
	nameOrder []string       // names in group-number order
	flags     int            // global flags after inline flags
	parent    []int          // parent[g]: the capturing group enclosing group g (0: none)
	noGo      bool           // set by a Go-mode translation that cannot use Go's engine
}

// translator rewrites Python regular-expression syntax into .NET syntax
// with the same meaning: named groups become numbered groups (so that
// numbering follows Python's left-to-right rule), \Z becomes \z, the
// Unicode classes \w and \s get Python's definitions, {,n} becomes {0,n},
// and Python's syntax errors are reported with CPython's messages.
type translator struct {
	src   []rune
	i     int
	out   *strings.Builder
	t     *translation
	ascii bool
	err   *syntaxError
	// classNegs collects the sets S of negated shorthands ([^S]: \W, \S,
	// \D) met inside a character class; class() rewrites the class with
	// them as alternatives or lookaheads, because .NET's own \W etc.
	// differ from Python's.
	classNegs []string
	// goMode emits Go regexp (RE2) syntax; noGo records that the pattern
	// needs the backtracking engine (or differs in Go's semantics).
	goMode bool
	noGo   bool
}

func (tr *translator) fail(msg string, pos int) {
	if tr.err == nil {
		tr.err = &syntaxError{msg: msg, pos: pos}
	}
}

func translate(pattern string, flags int) (*translation, *syntaxError) {
	return translateFor(pattern, flags, false)
}

// translateGo translates for Go's regexp package; ok is false when the
// pattern needs the backtracking engine.
func translateGo(pattern string, flags int) (string, bool) {
	t, err := translateFor(pattern, flags, true)
	if err != nil || t.noGo {
		return "", false
	}
	return t.expr, true
}

func translateFor(pattern string, flags int, goMode bool) (*translation, *syntaxError) {
	t := &translation{names: map[string]int{}, flags: flags}
	tr := &translator{src: []rune(pattern), t: t, out: &strings.Builder{}, goMode: goMode}
	tr.leadingFlags()
	tr.ascii = t.flags&FlagASCII != 0
	if t.flags&FlagASCII != 0 && t.flags&FlagUnicode != 0 {
		return nil, &syntaxError{msg: "ASCII and UNICODE flags are incompatible", pos: -1}
	}
	depth := 0
	var open []int      // the groups currently open (0 for non-capturing)
	last := 0           // 0: nothing to repeat, 1: atom, 2: quantifier, 3: quantifier with modifier
	var capStack []bool // per open group: whether it contains a capturing group
	closedCap := false  // the previous token closed a group containing captures
	for tr.i < len(tr.src) && tr.err == nil {
		c := tr.src[tr.i]
		prev := last
		last = 1
		prevClosedCap := closedCap
		closedCap = false
		if goMode && prevClosedCap && (c == '*' || c == '+' || c == '?' || c == '{') {
			// Go's engine keeps different captures for repeated groups
			// that can match empty ((a*)+b): use the backtracking engine.
			tr.noGo = true
		}
		switch c {
		case '\\':
			if tr.i+1 < len(tr.src) && strings.ContainsRune("AZbB", tr.src[tr.i+1]) {
				last = 0
			}
			tr.escape(false)
		case '[':
			tr.class()
		case '(':
			before := t.groups
			if tr.group() {
				depth++
				last = 0
				enclosing := 0
				for k := len(open) - 1; k >= 0; k-- {
					if open[k] > 0 {
						enclosing = open[k]
						break
					}
				}
				if t.groups > before {
					for len(t.parent) <= t.groups {
						t.parent = append(t.parent, 0)
					}
					t.parent[t.groups] = enclosing
					open = append(open, t.groups)
					capStack = append(capStack, true)
				} else {
					open = append(open, 0)
					capStack = append(capStack, false)
				}
			} else {
				last = prev
			}
		case '|', '^', '$':
			last = 0
			if c == '$' && goMode && t.flags&FlagMultiline == 0 {
				tr.noGo = true // Python's $ also matches before a final newline
			}
			tr.out.WriteRune(c)
			tr.i++
		case ')':
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
			if len(capStack) > 0 {
				closedCap = capStack[len(capStack)-1]
				capStack = capStack[:len(capStack)-1]
				if closedCap && len(capStack) > 0 {
					capStack[len(capStack)-1] = true
				}
			}
			depth--
			if depth < 0 {
				tr.fail("unbalanced parenthesis", tr.i)
			}
			tr.out.WriteRune(c)
			tr.i++
		case '{':
			if tr.isQuantifier() {
				last = tr.repeat(prev)
				if tr.err != nil {
					break
				}
			}
			tr.brace()
		case '#':
			last = prev
			if t.flags&FlagVerbose != 0 {
				for tr.i < len(tr.src) && tr.src[tr.i] != '\n' {
					tr.i++
				}
				continue
			}
			tr.out.WriteString(`\#`)
			tr.i++
		case ' ', '\t', '\n', '\r', '\v', '\f':
			if t.flags&FlagVerbose != 0 {
				last = prev
				tr.i++
				continue
			}
			tr.out.WriteRune(c)
			tr.i++
		case '*', '+', '?':
			last = tr.repeat(prev)
			tr.out.WriteRune(c)
			tr.i++
		default:
			tr.out.WriteRune(c)
			tr.i++
		}
	}
	if tr.err == nil && depth > 0 {
		tr.fail("missing ), unterminated subpattern", tr.openPos())
	}
	if tr.err != nil {
		return nil, tr.err
	}
	t.expr = tr.out.String()
	t.noGo = tr.noGo
	return t, nil
}

// repeat checks a quantifier at tr.i given the previous item's kind and
// returns the new kind.
func (tr *translator) repeat(prev int) int {
	c := tr.src[tr.i]
	switch {
	case prev == 0:
		tr.fail("nothing to repeat", tr.i)
	case prev == 2 && (c == '?' || c == '+'):
		return 3
	case prev >= 2:
		tr.fail("multiple repeat", tr.i)
	}
	return 2
}

// isQuantifier reports whether the '{' at tr.i starts {m}, {m,}, {,n} or {m,n}.
func (tr *translator) isQuantifier() bool {
	j := tr.i + 1
	for j < len(tr.src) && tr.src[j] >= '0' && tr.src[j] <= '9' {
		j++
	}
	digits := j > tr.i+1
	if j < len(tr.src) && tr.src[j] == '}' {
		return digits
	}
	if j < len(tr.src) && tr.src[j] == ',' {
		j++
		for j < len(tr.src) && tr.src[j] >= '0' && tr.src[j] <= '9' {
			j++
		}
		return j < len(tr.src) && tr.src[j] == '}'
	}
	return false
}

// openPos finds the position of the last unclosed '(' for the error.
func (tr *translator) openPos() int {
	var stack []int
	inClass := false
	for i := 0; i < len(tr.src); i++ {
		switch c := tr.src[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			stack = append(stack, i)
		case c == ')' && len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return stack[len(stack)-1]
	}
	return 0
}

// leadingFlags consumes global inline flags (?aiLmsux) at the start.
func (tr *translator) leadingFlags() {
	for tr.i+2 < len(tr.src) && tr.src[tr.i] == '(' && tr.src[tr.i+1] == '?' && strings.ContainsRune("aiLmsux", tr.src[tr.i+2]) {
		j := tr.i + 2
		f := 0
		for j < len(tr.src) && strings.ContainsRune("aiLmsux", tr.src[j]) {
			f |= flagOf(tr.src[j])
			j++
		}
		if j >= len(tr.src) || tr.src[j] != ')' {
			return // scoped flags (?i:...): handled by group()
		}
		tr.t.flags |= f
		tr.i = j + 1
	}
}

func flagOf(c rune) int {
	switch c {
	case 'a':
		return FlagASCII
	case 'i':
		return FlagIgnoreCase
	case 'L':
		return FlagLocale
	case 'm':
		return FlagMultiline
	case 's':
		return FlagDotAll
	case 'u':
		return FlagUnicode
	case 'x':
		return FlagVerbose
	}
	return 0
}

const (
	uniWord    = `\p{L}\p{N}_`
	asciiWord  = `a-zA-Z0-9_`
	uniSpace   = `\s\x1c-\x1f`
	goSpace    = `\t-\r\x1c-\x20\x85\p{Z}`
	asciiSpace = ` \t\n\r\f\v`
)

// escape translates the escape at tr.i (a backslash).
func (tr *translator) escape(inClass bool) {
	start := tr.i
	if tr.i+1 >= len(tr.src) {
		tr.fail("bad escape (end of pattern)", start)
		return
	}
	c := tr.src[tr.i+1]
	tr.i += 2
	w := tr.out
	switch c {
	case 'w', 'W', 's', 'S':
		var set string
		switch {
		case (c == 'w' || c == 'W') && tr.ascii:
			set = asciiWord
		case c == 'w' || c == 'W':
			set = uniWord
		case tr.ascii:
			set = asciiSpace
		case tr.goMode:
			set = goSpace
		default:
			set = uniSpace
		}
		neg := c == 'W' || c == 'S'
		switch {
		case inClass && !neg:
			w.WriteString(set)
		case inClass:
			tr.classNegs = append(tr.classNegs, set)
			tr.noGo = tr.noGo || tr.goMode
		case neg:
			w.WriteString("[^" + set + "]")
		default:
			w.WriteString("[" + set + "]")
		}
	case 'd', 'D':
		if tr.ascii {
			if c == 'd' {
				if inClass {
					w.WriteString("0-9")
				} else {
					w.WriteString("[0-9]")
				}
			} else if inClass {
				tr.classNegs = append(tr.classNegs, "0-9")
				tr.noGo = tr.noGo || tr.goMode
			} else {
				w.WriteString("[^0-9]")
			}
		} else if tr.goMode {
			if c == 'd' {
				w.WriteString(`\p{Nd}`)
			} else {
				w.WriteString(`\P{Nd}`)
			}
		} else if inClass && c == 'D' {
			tr.classNegs = append(tr.classNegs, `\d`)
		} else {
			w.WriteRune('\\')
			w.WriteRune(c)
		}
	case 'Z':
		if inClass {
			tr.fail(`bad escape \Z`, start)
			return
		}
		w.WriteString(`\z`)
	case 'A', 'b', 'B':
		if inClass && c != 'b' {
			tr.fail(`bad escape \`+string(c), start)
			return
		}
		if !inClass && c != 'A' {
			// Word boundaries with Python's \w (.NET's adds marks and
			// connector punctuation); \B never matches an empty string.
			set := "[" + uniWord + "]"
			if tr.ascii {
				set = "[" + asciiWord + "]"
			}
			if c == 'b' {
				w.WriteString("(?:(?<=" + set + ")(?!" + set + ")|(?<!" + set + ")(?=" + set + "))")
			} else {
				w.WriteString("(?!\\A\\z)(?:(?<=" + set + ")(?=" + set + ")|(?<!" + set + ")(?!" + set + "))")
			}
			return
		}
		w.WriteRune('\\')
		w.WriteRune(c)
	case 'a', 'f', 'n', 'r', 't', 'v', '\\':
		w.WriteRune('\\')
		w.WriteRune(c)
	case 'x':
		tr.hexEscape(start, 2)
	case 'u':
		tr.hexEscape(start, 4)
	case 'U':
		tr.hexEscape(start, 8)
	case 'N':
		tr.fail("missing {", tr.i)
	case '0':
		// Octal: up to two more octal digits.
		v := 0
		for k := 0; k < 2 && tr.i < len(tr.src) && tr.src[tr.i] >= '0' && tr.src[tr.i] <= '7'; k++ {
			v = v*8 + int(tr.src[tr.i]-'0')
			tr.i++
		}
		writeLiteral(w, rune(v))
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		digits := string(c)
		if tr.i < len(tr.src) && tr.src[tr.i] >= '0' && tr.src[tr.i] <= '9' {
			d2 := tr.src[tr.i]
			if c <= '7' && d2 <= '7' && tr.i+1 < len(tr.src) && tr.src[tr.i+1] >= '0' && tr.src[tr.i+1] <= '7' {
				v, _ := strconv.ParseInt(string([]rune{c, d2, tr.src[tr.i+1]}), 8, 32)
				if v > 0o377 {
					tr.fail("octal escape value \\"+string([]rune{c, d2, tr.src[tr.i+1]})+" outside of range 0-0o377", start)
					return
				}
				tr.i += 2
				writeLiteral(w, rune(v))
				return
			}
			digits += string(d2)
			tr.i++
		}
		if inClass {
			if c <= '7' {
				v, _ := strconv.ParseInt(digits, 8, 32)
				writeLiteral(w, rune(v))
				return
			}
			tr.fail(`bad escape \`+digits, start)
			return
		}
		n, _ := strconv.Atoi(digits)
		if n > tr.t.groups {
			tr.fail("invalid group reference "+digits, start+1)
			return
		}
		w.WriteString(`\` + digits + `(?:)`)
	default:
		if c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			tr.fail(`bad escape \`+string(c), start)
			return
		}
		writeLiteral(w, c)
	}
}

func (tr *translator) hexEscape(start, n int) {
	if tr.i+n > len(tr.src) {
		tr.fail("incomplete escape \\"+string(tr.src[start+1:]), start)
		return
	}
	h := string(tr.src[tr.i : tr.i+n])
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		end := tr.i
		for end < tr.i+n && strings.ContainsRune("0123456789abcdefABCDEF", tr.src[end]) {
			end++
		}
		tr.fail("incomplete escape \\"+string(tr.src[start+1:end]), start)
		return
	}
	if v > unicode.MaxRune {
		tr.fail("bad escape \\"+string(tr.src[start+1:tr.i+n]), start)
		return
	}
	tr.i += n
	writeLiteral(tr.out, rune(v))
}

// writeLiteral writes r so that .NET matches it literally.
func writeLiteral(w *strings.Builder, r rune) {
	switch {
	case r < 0x20 || r == 0x7f:
		w.WriteString(`\x`)
		w.WriteString(strconv.FormatInt(int64(r)>>4, 16))
		w.WriteString(strconv.FormatInt(int64(r)&15, 16))
	case strings.ContainsRune(`\.+*?()|[]{}^$#-/ `, r):
		w.WriteRune('\\')
		w.WriteRune(r)
	case r > 0xFFFF:
		w.WriteRune(r)
	default:
		w.WriteRune(r)
	}
}

// class translates a character class starting at tr.i ('[').
func (tr *translator) class() {
	start := tr.i
	tr.i++
	outer := tr.out
	items := &strings.Builder{}
	tr.out = items
	tr.classNegs = nil
	defer func() { tr.out = outer }()
	negated := false
	if tr.i < len(tr.src) && tr.src[tr.i] == '^' {
		negated = true
		tr.i++
	}
	first := true
	for {
		if tr.i >= len(tr.src) {
			tr.fail("unterminated character set", start)
			return
		}
		c := tr.src[tr.i]
		switch {
		case c == ']' && !first:
			tr.i++
			tr.out = outer
			tr.emitClass(negated, items.String(), tr.classNegs)
			tr.classNegs = nil
			return
		case c == '\\':
			tr.escape(true)
			if tr.err != nil {
				return
			}
		case c == '[':
			items.WriteString(`\[`)
			tr.i++
		case c == ']':
			items.WriteString(`\]`)
			tr.i++
		default:
			if tr.i+2 < len(tr.src) && tr.src[tr.i+1] == '-' && tr.src[tr.i+2] != ']' && tr.src[tr.i+2] != '\\' && tr.src[tr.i+2] < c {
				tr.fail("bad character range "+string(c)+"-"+string(tr.src[tr.i+2]), tr.i)
				return
			}
			items.WriteRune(c)
			tr.i++
		}
		first = false
	}
}

// emitClass writes a class of items plus negated shorthands [^S].
func (tr *translator) emitClass(negated bool, items string, negs []string) {
	w := tr.out
	if len(negs) == 0 {
		if negated {
			w.WriteString("[^" + items + "]")
		} else {
			w.WriteString("[" + items + "]")
		}
		return
	}
	if !negated {
		// Any of the items or any [^S].
		w.WriteString("(?:")
		sep := ""
		if items != "" {
			w.WriteString("[" + items + "]")
			sep = "|"
		}
		for _, s := range negs {
			w.WriteString(sep + "[^" + s + "]")
			sep = "|"
		}
		w.WriteString(")")
		return
	}
	// None of the items and in every S.
	if strings.HasPrefix(items, "^") {
		items = `\` + items
	}
	w.WriteString("(?:")
	if items != "" {
		w.WriteString("(?![" + items + "])")
	}
	for _, s := range negs[1:] {
		w.WriteString("(?=[" + s + "])")
	}
	w.WriteString("[" + negs[0] + "])")
}

// brace handles '{': {,n} becomes {0,n}; other forms pass through.
func (tr *translator) brace() {
	j := tr.i + 1
	for j < len(tr.src) && tr.src[j] >= '0' && tr.src[j] <= '9' {
		j++
	}
	lo := string(tr.src[tr.i+1 : j])
	if j < len(tr.src) && tr.src[j] == '}' && lo != "" {
		tr.out.WriteString("{" + lo + "}")
		tr.i = j + 1
		return
	}
	if j < len(tr.src) && tr.src[j] == ',' {
		k := j + 1
		for k < len(tr.src) && tr.src[k] >= '0' && tr.src[k] <= '9' {
			k++
		}
		hi := string(tr.src[j+1 : k])
		if k < len(tr.src) && tr.src[k] == '}' {
			if lo == "" {
				lo = "0"
			}
			if hi != "" {
				a, _ := strconv.Atoi(lo)
				b, _ := strconv.Atoi(hi)
				if b < a {
					tr.fail("min repeat greater than max repeat", tr.i+1)
					return
				}
			}
			tr.out.WriteString("{" + lo + "," + hi + "}")
			tr.i = k + 1
			return
		}
	}
	tr.out.WriteString(`\{`)
	tr.i++
}

func isIdent(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)))) {
			return false
		}
	}
	return true
}

// group translates '(' and its extension syntax.
func (tr *translator) group() bool {
	start := tr.i
	w := tr.out
	if tr.i+1 >= len(tr.src) || tr.src[tr.i+1] != '?' {
		tr.t.groups++
		w.WriteRune('(')
		tr.i++
		return true
	}
	rest := string(tr.src[tr.i+2:])
	switch {
	case strings.HasPrefix(rest, "P<"):
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			tr.fail("missing >, unterminated name", start+4)
			return true
		}
		name := rest[2:end]
		if name == "" {
			tr.fail("missing group name", start+4)
			return true
		}
		if !isIdent(name) {
			tr.fail("bad character in group name "+quote(name), start+4)
			return true
		}
		if _, dup := tr.t.names[name]; dup {
			tr.fail("redefinition of group name "+quote(name)+" as group "+strconv.Itoa(tr.t.groups+1)+"; was group "+strconv.Itoa(tr.t.names[name]), start+4)
			return true
		}
		tr.t.groups++
		tr.t.names[name] = tr.t.groups
		tr.t.nameOrder = append(tr.t.nameOrder, name)
		w.WriteRune('(')
		tr.i += 2 + utf8.RuneCountInString(rest[:end+1])
	case strings.HasPrefix(rest, "P="):
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			tr.fail("missing ), unterminated name", start+4)
			return true
		}
		name := rest[2:end]
		n, ok := tr.t.names[name]
		if !ok {
			if !isIdent(name) {
				tr.fail("bad character in group name "+quote(name), start+4)
			} else {
				tr.fail("unknown group name "+quote(name), start+4)
			}
			return true
		}
		w.WriteString(`(?:\` + strconv.Itoa(n) + `)`)
		tr.i += 2 + utf8.RuneCountInString(rest[:end+1])
		return false
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"),
		strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"), strings.HasPrefix(rest, ">"):
		n := 3
		if strings.HasPrefix(rest, "<") {
			n = 4
		}
		w.WriteString(string(tr.src[tr.i : tr.i+n]))
		tr.i += n
	case strings.HasPrefix(rest, "#"):
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			tr.fail("missing ), unterminated comment", start)
			return true
		}
		tr.i += 2 + utf8.RuneCountInString(rest[:end+1])
		return false
	case strings.HasPrefix(rest, "("):
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			tr.fail("missing ), unterminated name", start+3)
			return true
		}
		ref := rest[1:end]
		n, err := strconv.Atoi(ref)
		if err != nil {
			var ok bool
			n, ok = tr.t.names[ref]
			if !ok {
				tr.fail("unknown group name "+quote(ref), start+3)
				return true
			}
		}
		w.WriteString("(?(" + strconv.Itoa(n) + ")")
		tr.i += 2 + utf8.RuneCountInString(rest[:end+1])
	default:
		// Scoped flags (?flags-flags:...).
		j := tr.i + 2
		on, off := "", ""
		neg := false
		for j < len(tr.src) && (strings.ContainsRune("aiLmsux", tr.src[j]) || tr.src[j] == '-') {
			if tr.src[j] == '-' {
				neg = true
			} else if neg {
				off += string(tr.src[j])
			} else {
				on += string(tr.src[j])
			}
			j++
		}
		if j < len(tr.src) && tr.src[j] == ':' && j > tr.i+2 {
			tr.noGo = tr.noGo || tr.goMode
			w.WriteString("(?" + netFlags(on))
			if off != "" {
				w.WriteString("-" + netFlags(off))
			}
			w.WriteRune(':')
			tr.i = j + 1
			return true
		}
		if j < len(tr.src) && tr.src[j] == ')' && j > tr.i+2 {
			tr.fail("global flags not at the start of the expression", start)
			return true
		}
		if tr.i+2 < len(tr.src) {
			ext := string(tr.src[tr.i+2])
			if (ext == "<" || ext == "P") && tr.i+3 < len(tr.src) {
				ext += string(tr.src[tr.i+3])
			}
			tr.fail("unknown extension ?"+ext, start+1)
		} else {
			tr.fail("unexpected end of pattern", tr.i+2)
		}
	}
	return true
}

func netFlags(f string) string {
	var b strings.Builder
	for _, c := range f {
		switch c {
		case 'i', 'm', 's', 'x':
			b.WriteRune(c)
		}
	}
	return b.String()
}

func quote(s string) string { return "'" + s + "'" }
