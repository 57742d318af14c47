package rt

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/fuel"
)

// This file implements the str methods that search, split, join, strip, pad
// and replace. Each has a typed Go form (StrSplit, StrFind, ...) that
// statically typed generated code calls directly, and a method wrapper that
// unpacks Python arguments with CPython's messages.

// strArg converts an argument that must be str, raising "<prefix>must be
// str, not int" (e.g. "replace() argument 1 must be str, not int").
func strArg(v Value, prefix string) string {
	s, ok := v.(string)
	if !ok {
		tn := typeName(v)
		if prefix != "" {
			tn = txArgTypeName(v)
		}
		Raisef(TypeError, prefix, "must be str, not ", tn)
	}
	return s
}

// txSpaceAt reports whether s has a whitespace code point at byte i, and its size.
func txSpaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiFlags[c]&ucSpace != 0, 1
	}
	r, n := txDecodeRune(s, i)
	return IsSpaceRune(r), n
}

// txSpaceBefore is txSpaceAt for the code point ending at byte end.
func txSpaceBefore(s string, end int) (bool, int) {
	c := s[end-1]
	if c < utf8.RuneSelf {
		return asciiFlags[c]&ucSpace != 0, 1
	}
	r, n := txDecodeLastRune(s, end)
	return IsSpaceRune(r), n
}

// StrSplitWS returns s.split(None, maxsplit) (maxsplit < 0: no limit).
func StrSplitWS(s string, maxsplit int) []string {
	out := make([]string, 0, 8)
	i := 0
	for {
		for i < len(s) {
			sp, n := txSpaceAt(s, i)
			if !sp {
				break
			}
			i += n
		}
		if i >= len(s) {
			return out
		}
		if maxsplit == 0 {
			return append(out, s[i:])
		}
		j := i
		for j < len(s) {
			sp, n := txSpaceAt(s, j)
			if sp {
				break
			}
			j += n
		}
		out = append(out, s[i:j])
		maxsplit--
		i = j
	}
}

// StrRSplitWS returns s.rsplit(None, maxsplit).
func StrRSplitWS(s string, maxsplit int) []string {
	var rev []string
	j := len(s)
	for {
		for j > 0 {
			sp, n := txSpaceBefore(s, j)
			if !sp {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			rev = append(rev, s[:j])
			break
		}
		i := j
		for i > 0 {
			sp, n := txSpaceBefore(s, i)
			if sp {
				break
			}
			i -= n
		}
		rev = append(rev, s[i:j])
		maxsplit--
		j = i
	}
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev
}

// StrSplitSep returns s.split(sep, maxsplit) for a non-empty sep.
func StrSplitSep(s, sep string, maxsplit int) []string {
	if sep == "" {
		Raise(ValueError, "empty separator")
	}
	if maxsplit < 0 || maxsplit >= len(s) {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

// StrRSplitSep returns s.rsplit(sep, maxsplit) for a non-empty sep.
func StrRSplitSep(s, sep string, maxsplit int) []string {
	if sep == "" {
		Raise(ValueError, "empty separator")
	}
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	var rev []string
	end := len(s)
	for maxsplit > 0 {
		i := strings.LastIndex(s[:end], sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):end])
		end = i
		maxsplit--
	}
	rev = append(rev, s[:end])
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev
}

// txLineBreakAt reports the length of a line boundary at s[i:] (0 if none),
// with \r\n as one boundary.
func txLineBreakAt(s string, i int) int {
	switch c := s[i]; c {
	case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e:
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// StrSplitLines returns s.splitlines(keepends).
func StrSplitLines(s string, keepends bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		n := txLineBreakAt(s, i)
		if n == 0 {
			i++
			continue
		}
		if keepends {
			out = append(out, s[start:i+n])
		} else {
			out = append(out, s[start:i])
		}
		i += n
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// StrJoin returns sep.join(items) for items already known to be strs.
func StrJoin(sep string, items []string) string {
	if len(items) > 1 {
		n := len(sep) * (len(items) - 1)
		for _, s := range items {
			n += len(s)
		}
		ChargeBytes(n)
	}
	return strings.Join(items, sep)
}

// strJoinValues is sep.join(iterable) with CPython's TypeErrors.
func strJoinValues(sep string, iterable Value) string {
	var items []Value
	switch x := iterable.(type) {
	case *List:
		items = x.Items
	case *Tuple:
		items = x.Items
	default:
		if !txIsIterable(iterable) {
			Raise(TypeError, "can only join an iterable")
		}
		it := Iter(iterable)
		for {
			v, ok := it.Next()
			if !ok {
				break
			}
			items = append(items, v)
		}
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		if s, ok := items[0].(string); ok {
			return s
		}
	}
	n := len(sep) * (len(items) - 1)
	for i, v := range items {
		s, ok := v.(string)
		if !ok {
			Raisef(TypeError, "sequence item ", strconv.Itoa(i), ": expected str instance, ", typeName(v), " found")
		}
		n += len(s)
	}
	ChargeBytes(n)
	var b strings.Builder
	b.Grow(n)
	for i, v := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(v.(string))
	}
	return b.String()
}

// txIsIterable reports whether v's class supports iteration.
func txIsIterable(v Value) bool {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Iter != nil {
			return true
		}
	}
	return false
}

// StrStrip returns s.strip() (whitespace).
func StrStrip(s string) string { return StrRStrip(StrLStrip(s)) }

// StrLStrip returns s.lstrip().
func StrLStrip(s string) string {
	i := 0
	for i < len(s) {
		sp, n := txSpaceAt(s, i)
		if !sp {
			break
		}
		i += n
	}
	return s[i:]
}

// StrRStrip returns s.rstrip().
func StrRStrip(s string) string {
	j := len(s)
	for j > 0 {
		sp, n := txSpaceBefore(s, j)
		if !sp {
			break
		}
		j -= n
	}
	return s[:j]
}

// txCharSet tests membership of code points in a strip argument.
type txCharSet struct {
	ascii [4]uint32
	other string
}

func txNewCharSet(chars string) *txCharSet {
	cs := &txCharSet{}
	for i := 0; i < len(chars); {
		c := chars[i]
		if c < utf8.RuneSelf {
			cs.ascii[c>>5] |= 1 << (c & 31)
			i++
			continue
		}
		_, n := txDecodeRune(chars, i)
		cs.other += chars[i : i+n]
		i += n
	}
	return cs
}

func (cs *txCharSet) has(s string, i, n int) bool {
	if n == 1 && s[i] < utf8.RuneSelf {
		c := s[i]
		return cs.ascii[c>>5]&(1<<(c&31)) != 0
	}
	return cs.other != "" && strings.Contains(cs.other, s[i:i+n])
}

// StrStripChars returns s.strip(chars) with which = 'l', 'r' or 'b' (both).
func StrStripChars(s, chars string, which byte) string {
	cs := txNewCharSet(chars)
	i, j := 0, len(s)
	if which != 'r' {
		for i < j {
			_, n := txDecodeRune(s, i)
			if !cs.has(s, i, n) {
				break
			}
			i += n
		}
	}
	if which != 'l' {
		for j > i {
			_, n := txDecodeLastRune(s, j)
			if !cs.has(s, j-n, n) {
				break
			}
			j -= n
		}
	}
	return s[i:j]
}

// StrReplace returns s.replace(old, new, count) (count < 0: all).
func StrReplace(s, old, new string, count int) string {
	if len(new) > len(old) && count != 0 {
		// The result's size: each replacement grows s by the difference.
		k := len(s) + 1
		if old != "" {
			k = strings.Count(s, old)
		}
		if count > 0 && count < k {
			k = count
		}
		if int64(k) > fuel.MaxCount/int64(len(new)) {
			panic(NewException(MemoryError, "")) // beyond any budget
		}
		ChargeBytes(len(s) + k*(len(new)-len(old)))
	} else {
		ChargeBytes(len(s))
	}
	if old == "" && count != 0 && !txIsASCII(s) {
		// Insert between code points (Go's strings.Replace would split
		// WTF-8 surrogates into bytes).
		var b strings.Builder
		b.WriteString(new)
		count--
		for i := 0; i < len(s); {
			_, n := txDecodeRune(s, i)
			b.WriteString(s[i : i+n])
			i += n
			if count != 0 && i <= len(s) {
				b.WriteString(new)
				count--
			}
		}
		return b.String()
	}
	return strings.Replace(s, old, new, count)
}

// strWindow applies find-style start/end arguments (code point indexes, None
// or ints) to s and returns the byte window and the adjusted code point
// indexes.
func strWindow(s string, startV, endV Value) (bs, be, start, end int) {
	start = txSliceArg(startV, 0)
	end = txSliceArg(endV, math.MaxInt64)
	if txIsASCII(s) {
		start, end = txAdjustIndices(start, end, len(s))
		if start > end {
			return 0, 0, start, end
		}
		if start > len(s) {
			return len(s), len(s), start, end
		}
		return start, end, start, end
	}
	n := StrLen(s)
	start, end = txAdjustIndices(start, end, n)
	if start > end || start > n {
		return 0, 0, start, end
	}
	bs = strByteOffset(s, start)
	be = bs + strByteOffset(s[bs:], end-start)
	return bs, be, start, end
}

// StrFind returns s.find(sub).
func StrFind(s, sub string) int {
	i := strings.Index(s, sub)
	if i <= 0 {
		return i
	}
	return strCPIndex(s, i)
}

// StrRFind returns s.rfind(sub).
func StrRFind(s, sub string) int {
	i := strings.LastIndex(s, sub)
	if i <= 0 {
		return i
	}
	return strCPIndex(s, i)
}

func strFindRange(s, sub string, startV, endV Value, rev bool) int {
	bs, be, start, end := strWindow(s, startV, endV)
	if end-start < 0 {
		return -1
	}
	if sub == "" {
		if rev {
			return end
		}
		return start
	}
	var i int
	if rev {
		i = strings.LastIndex(s[bs:be], sub)
	} else {
		i = strings.Index(s[bs:be], sub)
	}
	if i < 0 {
		return -1
	}
	return start + strCPIndex(s[bs:], i)
}

// StrCount returns s.count(sub).
func StrCount(s, sub string) int {
	if sub == "" {
		return StrLen(s) + 1
	}
	return strings.Count(s, sub)
}

func strCountRange(s, sub string, startV, endV Value) int {
	bs, be, start, end := strWindow(s, startV, endV)
	if end-start < 0 {
		return 0
	}
	if sub == "" {
		return end - start + 1
	}
	return strings.Count(s[bs:be], sub)
}

// strTailMatch is startswith/endswith for one candidate.
func strTailMatch(s, x string, startV, endV Value, suffix bool) bool {
	bs, be, start, end := strWindow(s, startV, endV)
	if end-start < len(x) && end-start < StrLen(x) {
		return false
	}
	w := s[bs:be]
	if suffix {
		return strings.HasSuffix(w, x)
	}
	return strings.HasPrefix(w, x)
}

func strStartsEnds(name string, s string, args []Value, kwargs []KW, suffix bool) Value {
	txPosArgs("str", name, args, kwargs, 1, 3)
	var startV, endV Value
	if len(args) > 1 {
		startV = args[1]
	}
	if len(args) > 2 {
		endV = args[2]
	}
	switch x := args[0].(type) {
	case string:
		return strTailMatch(s, x, startV, endV, suffix)
	case *Tuple:
		for _, it := range x.Items {
			p, ok := it.(string)
			if !ok {
				Raisef(TypeError, "tuple for ", name, " must only contain str, not ", typeName(it))
			}
			if strTailMatch(s, p, startV, endV, suffix) {
				return true
			}
		}
		return false
	}
	Raisef(TypeError, name, " first arg must be str or a tuple of str, not ", typeName(args[0]))
	return nil
}

// StrPartition returns s.partition(sep) as its three parts.
func StrPartition(s, sep string) (string, string, string) {
	if sep == "" {
		Raise(ValueError, "empty separator")
	}
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return s, "", ""
}

// StrRPartition returns s.rpartition(sep).
func StrRPartition(s, sep string) (string, string, string) {
	if sep == "" {
		Raise(ValueError, "empty separator")
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return "", "", s
}

// strPad returns s padded to width code points: left and right fill counts.
func strPad(s string, left, right int, fill string) string {
	if left <= 0 && right <= 0 {
		return s
	}
	if left < 0 {
		left = 0
	}
	if right < 0 {
		right = 0
	}
	if int64(left)+int64(right) > fuel.MaxCount/int64(len(fill)) {
		panic(NewException(MemoryError, "")) // beyond any budget
	}
	ChargeBytes(len(s) + (left+right)*len(fill))
	if int64(left+right) > txMaxStrBytes/int64(len(fill)) {
		panic(NewException(MemoryError, ""))
	}
	var b strings.Builder
	b.Grow(len(s) + (left+right)*len(fill))
	for i := 0; i < left; i++ {
		b.WriteString(fill)
	}
	b.WriteString(s)
	for i := 0; i < right; i++ {
		b.WriteString(fill)
	}
	return b.String()
}

// StrCenter returns s.center(width, fill).
func StrCenter(s string, width int, fill string) string {
	n := StrLen(s)
	if width <= n {
		return s
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return strPad(s, left, marg-left, fill)
}

// StrLJust returns s.ljust(width, fill).
func StrLJust(s string, width int, fill string) string { return strPad(s, 0, width-StrLen(s), fill) }

// StrRJust returns s.rjust(width, fill).
func StrRJust(s string, width int, fill string) string { return strPad(s, width-StrLen(s), 0, fill) }

// StrZFill returns s.zfill(width).
func StrZFill(s string, width int) string {
	n := StrLen(s)
	if width <= n {
		return s
	}
	p := strPad(s, width-n, 0, "0")
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		b := []byte(p)
		b[0] = s[0]
		b[width-n] = '0'
		return string(b)
	}
	return p
}

// StrExpandTabs returns s.expandtabs(tabsize).
func StrExpandTabs(s string, tabsize int) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	ChargeBytes(len(s))
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\t':
			i++
			if tabsize > 0 {
				k := tabsize - col%tabsize
				col += k
				ChargeBytes(k)
				for ; k > 0; k-- {
					b.WriteByte(' ')
				}
			}
			continue
		case '\n', '\r':
			col = 0
			b.WriteByte(c)
			i++
			continue
		}
		_, n := txDecodeRune(s, i)
		b.WriteString(s[i : i+n])
		i += n
		col++
	}
	return b.String()
}

// txFillArg converts the fillchar argument of center/ljust/rjust.
func txFillArg(v Value) string {
	s, ok := v.(string)
	if !ok {
		Raisef(TypeError, "The fill character must be a unicode character, not ", typeName(v))
	}
	if StrLen(s) != 1 {
		Raise(TypeError, "The fill character must be exactly one character long")
	}
	return s
}

// txStringList converts Go strings to a Python list of str.
func txStringList(ss []string) *List {
	ChargeItems(len(ss))
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = s
	}
	return &List{Items: items}
}

var (
	splitParams      = &Params{Func: "split", Names: []string{"sep", "maxsplit"}}
	rsplitParams     = &Params{Func: "rsplit", Names: []string{"sep", "maxsplit"}}
	splitlinesParams = &Params{Func: "splitlines", Names: []string{"keepends"}}
	replaceParams    = &Params{Func: "replace", Names: []string{"", "", "count"}, Required: 2, PosOnly: 2}
	expandtabsParams = &Params{Func: "expandtabs", Names: []string{"tabsize"}}
)

func strSplitMethod(p *Params, rev bool) func(self Value, args []Value, kwargs []KW) Value {
	return func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf(p.Func, self)
		var sepV, maxV Value = None, nil
		if len(kwargs) == 0 && len(args) <= 2 {
			if len(args) > 0 {
				sepV = args[0]
			}
			if len(args) > 1 {
				maxV = args[1]
			}
		} else {
			p.Unpack(args, kwargs, &sepV, &maxV)
		}
		maxsplit := -1
		if maxV != nil {
			maxsplit = txSsizeArg(maxV)
		}
		if sepV == None {
			if rev {
				return txStringList(StrRSplitWS(s, maxsplit))
			}
			return txStringList(StrSplitWS(s, maxsplit))
		}
		sep, ok := sepV.(string)
		if !ok {
			Raisef(TypeError, "must be str or None, not ", typeName(sepV))
		}
		if rev {
			return txStringList(StrRSplitSep(s, sep, maxsplit))
		}
		return strSplitSepList(s, sep, maxsplit)
	}
}

// strSplitSepList is StrSplitSep building the Python list directly.
func strSplitSepList(s, sep string, maxsplit int) *List {
	if sep == "" {
		Raise(ValueError, "empty separator")
	}
	n := strings.Count(s, sep) + 1
	if maxsplit >= 0 && maxsplit+1 < n {
		n = maxsplit + 1
	}
	ChargeItems(n)
	items := make([]Value, 0, n)
	for len(items) < n-1 {
		i := strings.Index(s, sep)
		items = append(items, s[:i])
		s = s[i+len(sep):]
	}
	return &List{Items: append(items, s)}
}

func strStripMethod(name string, which byte) func(self Value, args []Value, kwargs []KW) Value {
	return func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf(name, self)
		txPosArgs("str", name, args, kwargs, 0, 1)
		if len(args) == 0 || args[0] == None {
			switch which {
			case 'l':
				return StrLStrip(s)
			case 'r':
				return StrRStrip(s)
			}
			return StrStrip(s)
		}
		chars, ok := args[0].(string)
		if !ok {
			Raisef(TypeError, name, " arg must be None or str")
		}
		return StrStripChars(s, chars, which)
	}
}

func strFindMethod(name string, rev, raise bool) func(self Value, args []Value, kwargs []KW) Value {
	return func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf(name, self)
		txPosArgs("str", name, args, kwargs, 1, 3)
		sub, ok := args[0].(string)
		if !ok {
			Raisef(TypeError, name, "() argument 1 must be str, not ", txArgTypeName(args[0]))
		}
		var i int
		if len(args) == 1 {
			if rev {
				i = StrRFind(s, sub)
			} else {
				i = StrFind(s, sub)
			}
		} else {
			var endV Value
			if len(args) > 2 {
				endV = args[2]
			}
			i = strFindRange(s, sub, args[1], endV, rev)
		}
		if i < 0 && raise {
			Raise(ValueError, "substring not found")
		}
		return txMkInt(i)
	}
}

func strPadMethod(name string, f func(string, int, string) string) func(self Value, args []Value, kwargs []KW) Value {
	return func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf(name, self)
		txPosArgs("str", name, args, kwargs, 1, 2)
		width := txSsizeArg(args[0])
		fill := " "
		if len(args) > 1 {
			fill = txFillArg(args[1])
		}
		return f(s, width, fill)
	}
}

func init() {
	t := StrType
	t.AddMethod("split", strSplitMethod(splitParams, false))
	t.AddMethod("rsplit", strSplitMethod(rsplitParams, true))
	t.AddMethod("splitlines", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("splitlines", self)
		var keep Value = false
		splitlinesParams.Unpack(args, kwargs, &keep)
		return txStringList(StrSplitLines(s, txBoolArg(keep)))
	})
	t.AddMethod("join", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("join", self)
		return strJoinValues(s, txOneArg("str.join", args, kwargs))
	})
	t.AddMethod("strip", strStripMethod("strip", 'b'))
	t.AddMethod("lstrip", strStripMethod("lstrip", 'l'))
	t.AddMethod("rstrip", strStripMethod("rstrip", 'r'))
	t.AddMethod("replace", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("replace", self)
		var oldV, newV, countV Value
		if len(args) < 2 && len(kwargs) == 0 {
			Raisef(TypeError, "replace() takes at least 2 positional arguments (", strconv.Itoa(len(args)), " given)")
		}
		replaceParams.Unpack(args, kwargs, &oldV, &newV, &countV)
		old := strArg(oldV, "replace() argument 1 ")
		nw := strArg(newV, "replace() argument 2 ")
		count := -1
		if countV != nil {
			count = txSsizeArg(countV)
		}
		return StrReplace(s, old, nw, count)
	})
	t.AddMethod("find", strFindMethod("find", false, false))
	t.AddMethod("rfind", strFindMethod("rfind", true, false))
	t.AddMethod("index", strFindMethod("index", false, true))
	t.AddMethod("rindex", strFindMethod("rindex", true, true))
	t.AddMethod("count", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("count", self)
		txPosArgs("str", "count", args, kwargs, 1, 3)
		sub, ok := args[0].(string)
		if !ok {
			Raisef(TypeError, "count() argument 1 must be str, not ", txArgTypeName(args[0]))
		}
		if len(args) == 1 {
			return txMkInt(StrCount(s, sub))
		}
		var endV Value
		if len(args) > 2 {
			endV = args[2]
		}
		return txMkInt(strCountRange(s, sub, args[1], endV))
	})
	t.AddMethod("startswith", func(self Value, args []Value, kwargs []KW) Value {
		return strStartsEnds("startswith", strSelf("startswith", self), args, kwargs, false)
	})
	t.AddMethod("endswith", func(self Value, args []Value, kwargs []KW) Value {
		return strStartsEnds("endswith", strSelf("endswith", self), args, kwargs, true)
	})
	t.AddMethod("partition", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("partition", self)
		sep := strArg(txOneArg("str.partition", args, kwargs), "")
		a, b, c := StrPartition(s, sep)
		return &Tuple{Items: []Value{a, b, c}}
	})
	t.AddMethod("rpartition", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("rpartition", self)
		sep := strArg(txOneArg("str.rpartition", args, kwargs), "")
		a, b, c := StrRPartition(s, sep)
		return &Tuple{Items: []Value{a, b, c}}
	})
	t.AddMethod("center", strPadMethod("center", StrCenter))
	t.AddMethod("ljust", strPadMethod("ljust", StrLJust))
	t.AddMethod("rjust", strPadMethod("rjust", StrRJust))
	t.AddMethod("zfill", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("zfill", self)
		return StrZFill(s, txSsizeArg(txOneArg("str.zfill", args, kwargs)))
	})
	t.AddMethod("expandtabs", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("expandtabs", self)
		var tab Value
		expandtabsParams.Unpack(args, kwargs, &tab)
		size := 8
		if tab != nil {
			size = txCIntArg(tab)
		}
		return StrExpandTabs(s, size)
	})
	t.AddMethod("removeprefix", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("removeprefix", self)
		p := strArg(txOneArg("str.removeprefix", args, kwargs), "removeprefix() argument ")
		return strings.TrimPrefix(s, p)
	})
	t.AddMethod("removesuffix", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("removesuffix", self)
		p := strArg(txOneArg("str.removesuffix", args, kwargs), "removesuffix() argument ")
		return strings.TrimSuffix(s, p)
	})
}

// txBoolArg converts a flag argument such as keepends by its truth value.
func txBoolArg(v Value) bool { return Truth(v) }
