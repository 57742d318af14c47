// Package re implements Python's re module on github.com/dlclark/regexp2, a
// backtracking engine with .NET syntax: patterns are translated from Python
// syntax (named groups, (?P=name), \Z, Python's \w and \s, {,n}, scoped and
// global flags) and matched with Python's search semantics (match anchors at
// pos, fullmatch, endpos, and CPython 3.7+'s rules for empty matches in
// findall/finditer/sub/split). Positions are code-point indices.
// Differences from CPython that remain are listed in docs/deviations.md.
package re

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dlclark/regexp2"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Error is re.error (re.PatternError in 3.13), raised for invalid patterns
// and templates; it carries msg, pattern and pos.
var Error = rt.NewClass("PatternError", "re", rt.ExceptionClass)

func raiseError(msg, pattern string, pos int) {
	text := msg
	if pos >= 0 {
		text += " at position " + strconv.Itoa(pos)
	}
	e := rt.NewException(Error, text)
	var p rt.Value = rt.None
	if pattern != "" || pos >= 0 {
		p = pattern
	}
	var pv rt.Value = rt.None
	if pos >= 0 {
		pv = rt.IntFromInt64(int64(pos))
	}
	e.Attrs = []rt.KW{{Name: "msg", Value: msg}, {Name: "pattern", Value: p}, {Name: "pos", Value: pv}}
	panic(e)
}

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	Source string
	Flags  int
	t      *translation
	search *regexp2.Regexp // the pattern
	anchor *regexp2.Regexp // \G(?:p): match at the start position
	full   *regexp2.Regexp // \G(?:p)\z
	adv    *regexp2.Regexp // \G(?:p)(?!\G): a non-empty match at the start position
	// Patterns that need no backtracking features, cannot match an empty
	// string and do not use Python-specific $ or case folding also run on
	// Go's regexp package, whose leftmost-first matches are the ones a
	// backtracking engine finds; it serves whole-string operations.
	goSearch, goAnchor, goFull *regexp.Regexp
}

// PatternType is re.Pattern.
var PatternType = rt.NewClass("Pattern", "re")

// Class returns re.Pattern.
func (*Pattern) Class() *rt.Class { return PatternType }

// cacheKey identifies a compiled pattern.
type cacheKey struct {
	pattern string
	flags   int
}

// cache maps (pattern, flags) to compiled patterns; lookups only.
var cache = map[cacheKey]*Pattern{}

// Compile is re.compile(pattern, flags).
func Compile(pattern string, flags int) *Pattern {
	key := cacheKey{pattern, flags}
	if p, ok := cache[key]; ok {
		return p
	}
	t, serr := translate(pattern, flags)
	if serr != nil {
		raiseError(serr.msg, pattern, serr.pos)
	}
	opts := regexp2.RegexOptions(0)
	if t.flags&FlagIgnoreCase != 0 {
		opts |= regexp2.IgnoreCase
	}
	if t.flags&FlagMultiline != 0 {
		opts |= regexp2.Multiline
	}
	if t.flags&FlagDotAll != 0 {
		opts |= regexp2.Singleline
	}
	if t.flags&FlagVerbose != 0 {
		opts |= regexp2.IgnorePatternWhitespace
	}
	if t.flags&FlagASCII == 0 {
		t.flags |= FlagUnicode
	}
	comp := func(expr string) *regexp2.Regexp {
		re, err := regexp2.Compile(expr, opts)
		if err != nil {
			msg := err.Error()
			msg = strings.TrimPrefix(msg, "error parsing regexp: ")
			if i := strings.Index(msg, " in `"); i >= 0 {
				msg = msg[:i]
			}
			raiseError(msg, pattern, -1)
		}
		return re
	}
	p := &Pattern{Source: pattern, Flags: t.flags, t: t}
	p.search = comp(t.expr)
	p.anchor = comp(`\G(?:` + t.expr + `)`)
	p.full = comp(`\G(?:` + t.expr + `)\z`)
	p.adv = comp(`\G(?:` + t.expr + `)(?!\G)`)
	if t.flags&FlagIgnoreCase == 0 {
		if expr, ok := translateGo(pattern, flags); ok {
			prefix := ""
			if t.flags&FlagDotAll != 0 {
				prefix += "(?s)"
			}
			if t.flags&FlagMultiline != 0 {
				prefix += "(?m)"
			}
			if g, err := regexp.Compile(prefix + expr); err == nil && !g.MatchString("") {
				p.goSearch = g
				p.goAnchor = regexp.MustCompile(prefix + `\A(?:` + expr + `)`)
				p.goFull = regexp.MustCompile(prefix + `\A(?:` + expr + `)\z`)
			}
		}
	}
	if len(cache) > 512 {
		cache = map[cacheKey]*Pattern{}
	}
	cache[key] = p
	return p
}

// Groups is the number of capturing groups.
func (p *Pattern) Groups() int { return p.t.groups }

// Match is a match object (re.Match).
type Match struct {
	Pattern *Pattern
	Subject rt.Value // the string searched (str)
	runes   []rune
	spans   []int // 2*(groups+1) code-point offsets, -1 when unmatched
	// src and bsp are set for matches found by Go's engine: the subject
	// and the byte offsets of spans (runes is then nil).
	src    string
	bsp    []int
	Pos    int
	EndPos int
}

// MatchType is re.Match.
var MatchType = rt.NewClass("Match", "re")

// Class returns re.Match.
func (*Match) Class() *rt.Class { return MatchType }

func (p *Pattern) newMatch(subject rt.Value, runes []rune, m *regexp2.Match, pos, endpos int) *Match {
	n := p.t.groups + 1
	spans := make([]int, 2*n)
	for g := 0; g < n; g++ {
		grp := m.GroupByNumber(g)
		if grp == nil || len(grp.Captures) == 0 {
			spans[2*g], spans[2*g+1] = -1, -1
			continue
		}
		spans[2*g], spans[2*g+1] = grp.Index, grp.Index+grp.Length
	}
	return &Match{Pattern: p, Subject: subject, runes: runes, spans: spans, Pos: pos, EndPos: endpos}
}

// subject holds a searched string as runes, bounded by endpos.
type subject struct {
	v     rt.Value
	runes []rune
}

// Fuel charged per match of a pattern, on top of the subject's bytes:
// MatchCost for a match object (regexp2 costs about 400 ns per match, Go's
// regexp with submatches about 200 ns), GoMatchCost for a literal
// replacement by Go's regexp (about 60 ns). See docs/execution.md §4.
const (
	MatchCost   = 10 * fuel.Call
	GoMatchCost = 3 * fuel.Call
)

func toSubject(v rt.Value) subject {
	switch x := v.(type) {
	case string:
		rt.ChargeText(4 * len(x))
		return subject{v: v, runes: []rune(x)}
	case rt.Bytes:
		rt.ChargeText(4 * len(x))
		r := make([]rune, len(x))
		for i := 0; i < len(x); i++ {
			r[i] = rune(x[i])
		}
		return subject{v: v, runes: r}
	}
	rt.Raisef(rt.TypeError, "expected string or bytes-like object, got '", rt.TypeName(v), "'")
	return subject{}
}

func clampPos(pos, endpos, n int) (int, int) {
	if pos < 0 {
		pos = 0
	}
	if pos > n {
		pos = n
	}
	if endpos > n {
		endpos = n
	}
	if endpos < 0 {
		endpos = 0
	}
	return pos, endpos
}

func run(re *regexp2.Regexp, runes []rune, pos int) *regexp2.Match {
	m, err := re.FindRunesMatchStartingAt(runes, pos)
	if err != nil {
		rt.Raise(rt.RuntimeError, "re: "+err.Error())
	}
	return m
}

// kind selects match, fullmatch or search.
type kind int

const (
	kindSearch kind = iota
	kindMatch
	kindFull
)

// Exec runs one match attempt and returns the Match or nil.
func (p *Pattern) Exec(k kind, v rt.Value, pos, endpos int) *Match {
	if str, ok := v.(string); ok && p.goSearch != nil && pos <= 0 && endpos >= len(str) {
		g := p.goSearch
		switch k {
		case kindMatch:
			g = p.goAnchor
		case kindFull:
			g = p.goFull
		}
		idx := g.FindStringSubmatchIndex(str)
		if idx == nil {
			return nil
		}
		return p.goMatch(v, str, idx, &cpCursor{}, isASCII(str))
	}
	s := toSubject(v)
	pos, endpos = clampPos(pos, endpos, len(s.runes))
	if pos > endpos {
		return nil
	}
	runes := s.runes[:endpos]
	re := p.search
	switch k {
	case kindMatch:
		re = p.anchor
	case kindFull:
		re = p.full
	}
	m := run(re, runes, pos)
	if m == nil {
		return nil
	}
	return p.newMatch(s.v, s.runes, m, pos, endpos)
}

// iterate calls f for each match of a scan (finditer/findall/sub/split),
// with CPython's rule that a match may not be empty at the position where
// the previous empty match ended.
func (p *Pattern) iterate(v rt.Value, pos, endpos, limit int, f func(m *Match) bool) {
	if str, ok := v.(string); ok && p.goSearch != nil && pos <= 0 && endpos >= len(str) {
		n := -1
		if limit > 0 {
			n = limit
		}
		rt.ChargeScan(len(str))
		all := p.goSearch.FindAllStringSubmatchIndex(str, n)
		if len(all) == 0 {
			return
		}
		rt.ChargeItems(len(all))
		fuel.ChargeSize(MatchCost, uint64(len(all)))
		cur := &cpCursor{}
		ascii := isASCII(str)
		for _, idx := range all {
			if !f(p.goMatch(v, str, idx, cur, ascii)) {
				return
			}
		}
		return
	}
	s := toSubject(v)
	pos, endpos = clampPos(pos, endpos, len(s.runes))
	runes := s.runes[:endpos]
	mustAdvance := false
	count := 0
	for pos <= endpos {
		if limit > 0 && count >= limit {
			return
		}
		fuel.Charge(MatchCost)
		var m *regexp2.Match
		if mustAdvance {
			m = run(p.adv, runes, pos)
			if m == nil {
				if pos >= endpos {
					return
				}
				m = run(p.search, runes, pos+1)
			}
		} else {
			m = run(p.search, runes, pos)
		}
		if m == nil {
			return
		}
		mo := p.newMatch(s.v, s.runes, m, pos, endpos)
		count++
		if !f(mo) {
			return
		}
		start, end := mo.spans[0], mo.spans[1]
		mustAdvance = start == end
		pos = end
	}
}

// text returns the text of code points [lo:hi] in the subject's type.
func (m *Match) text(lo, hi int) rt.Value {
	if m.runes == nil {
		m.runes = []rune(m.src)
	}
	return sliceOf(m.Subject, m.runes, lo, hi)
}

// groupText returns group g's text (the group must have matched).
func (m *Match) groupText(g int) rt.Value {
	if m.bsp != nil {
		return m.src[m.bsp[2*g]:m.bsp[2*g+1]]
	}
	return m.text(m.spans[2*g], m.spans[2*g+1])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func sliceOf(subj rt.Value, runes []rune, lo, hi int) rt.Value {
	if _, ok := subj.(rt.Bytes); ok {
		b := make([]byte, hi-lo)
		for i := lo; i < hi; i++ {
			b[i-lo] = byte(runes[i])
		}
		return rt.Bytes(b)
	}
	return string(runes[lo:hi])
}

// groupIndex resolves a group argument (int or name) to its number.
func (m *Match) groupIndex(g rt.Value) int {
	switch x := g.(type) {
	case rt.Int, bool:
		n := stdutil.Int(x)
		if n < 0 || n > int64(m.Pattern.t.groups) {
			rt.Raise(rt.IndexError, "no such group")
		}
		return int(n)
	case string:
		if n, ok := m.Pattern.t.names[x]; ok {
			return n
		}
	}
	rt.Raise(rt.IndexError, "no such group")
	return 0
}

// Group returns group n's text or None.
func (m *Match) Group(n int) rt.Value {
	if m.spans[2*n] < 0 {
		return rt.None
	}
	return m.groupText(n)
}

func (m *Match) groupOr(n int, def rt.Value) rt.Value {
	if m.spans[2*n] < 0 {
		return def
	}
	return m.Group(n)
}

// Repr is repr(match).
func (m *Match) Repr() string {
	return "<re.Match object; span=(" + strconv.Itoa(m.spans[0]) + ", " + strconv.Itoa(m.spans[1]) + "), match=" + rt.Repr(m.Group(0)) + ">"
}

// isAncestor reports whether capturing group a encloses group g.
func (t *translation) isAncestor(a, g int) bool {
	for g > 0 && g < len(t.parent) {
		g = t.parent[g]
		if g == a {
			return true
		}
	}
	return false
}

// cpCursor converts increasing byte offsets of s to code-point offsets
// without rescanning from the start.
type cpCursor struct {
	b, cp int
}

func (c *cpCursor) at(s string, b int) int {
	if b < c.b {
		c.b, c.cp = 0, 0
	}
	c.cp += utf8.RuneCountInString(s[c.b:b])
	c.b = b
	return c.cp
}

// goMatch builds a Match from Go regexp byte offsets, converting them to
// code-point offsets (cur advances to the match start).
func (p *Pattern) goMatch(v rt.Value, s string, idx []int, cur *cpCursor, ascii bool) *Match {
	n := p.t.groups + 1
	spans := make([]int, 2*n)
	bsp := make([]int, 2*n)
	var startCP int
	if !ascii {
		startCP = cur.at(s, idx[0])
	}
	for k := 0; k < 2*n; k++ {
		b := -1
		if k < len(idx) {
			b = idx[k]
		}
		bsp[k] = b
		if b < 0 || ascii {
			spans[k] = b
			continue
		}
		spans[k] = startCP + utf8.RuneCountInString(s[idx[0]:b])
	}
	endpos := len(s)
	if !ascii {
		endpos = utf8.RuneCountInString(s)
	}
	return &Match{Pattern: p, Subject: v, spans: spans, src: s, bsp: bsp, Pos: 0, EndPos: endpos}
}
