package rt

import (
	"math"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt/fuel"
)

// This file implements the methods bytes and bytearray share. Each method
// body works on the byte content as a Go string and wraps its result as the
// receiver's type (bytes methods return bytes, bytearray methods bytearray).

// bytesSelf returns the content of a bytes/bytearray receiver.
func bytesSelf(tp, name string, v Value) string {
	s, ok := bytesOf(v)
	if !ok || (tp == "bytes") != isBytes(v) {
		Raisef(TypeError, "descriptor '", name, "' for '", tp, "' objects doesn't apply to a '", typeName(v), "' object")
	}
	return s
}

func isBytes(v Value) bool { _, ok := v.(Bytes); return ok }

func isASCIISpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func bytesSplitWS(s string, maxsplit int) []string {
	var out []string
	i := 0
	for {
		for i < len(s) && isASCIISpaceByte(s[i]) {
			i++
		}
		if i >= len(s) {
			return out
		}
		if maxsplit == 0 {
			return append(out, s[i:])
		}
		j := i
		for j < len(s) && !isASCIISpaceByte(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		maxsplit--
		i = j
	}
}

func bytesRSplitWS(s string, maxsplit int) []string {
	var rev []string
	j := len(s)
	for {
		for j > 0 && isASCIISpaceByte(s[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			rev = append(rev, s[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpaceByte(s[i-1]) {
			i--
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

func bytesSplitLines(s string, keepends bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		n := 0
		switch s[i] {
		case '\n':
			n = 1
		case '\r':
			n = 1
			if i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
		}
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

func bytesList(ss []string, ba bool) *List {
	ChargeItems(len(ss))
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = wrapBytes(s, ba)
	}
	return &List{Items: items}
}

// bytesSubArg converts the sub argument of find/count/index: bytes-like or
// an int in range(256).
func bytesSubArg(v Value) string {
	if s, ok := bytesOf(v); ok {
		return s
	}
	if _, ok := txIntArg(v); ok {
		i, _ := txIntArg(v)
		if i.big != nil || i.small < 0 || i.small > 255 {
			Raise(ValueError, "byte must be in range(0, 256)")
		}
		return string([]byte{byte(i.small)})
	}
	Raisef(TypeError, "argument should be integer or bytes-like object, not '", typeName(v), "'")
	return ""
}

func bytesWindow(s string, startV, endV Value) (int, int) {
	start := txSliceArg(startV, 0)
	end := txSliceArg(endV, math.MaxInt64)
	return txAdjustIndices(start, end, len(s))
}

func bytesFind(s, sub string, startV, endV Value, rev bool) int {
	start, end := bytesWindow(s, startV, endV)
	if end-start < len(sub) {
		return -1
	}
	var i int
	if rev {
		i = strings.LastIndex(s[start:end], sub)
	} else {
		i = strings.Index(s[start:end], sub)
	}
	if i < 0 {
		return -1
	}
	return start + i
}

func bytesCaseMap(s string, k byte) string {
	b := []byte(s)
	prevCased := false
	for i, c := range b {
		isUp, isLo := c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z'
		switch k {
		case 'u':
			if isLo {
				b[i] = c - 32
			}
		case 'l':
			if isUp {
				b[i] = c + 32
			}
		case 's':
			if isUp || isLo {
				b[i] = c ^ 32
			}
		case 'c':
			if i == 0 && isLo {
				b[i] = c - 32
			} else if i > 0 && isUp {
				b[i] = c + 32
			}
		case 't':
			if prevCased && isUp {
				b[i] = c + 32
			} else if !prevCased && isLo {
				b[i] = c - 32
			}
			prevCased = isUp || isLo
		}
	}
	return string(b)
}

func bytesAll(s string, f func(byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !f(s[i]) {
			return false
		}
	}
	return true
}

func isAlphaByte(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func bytesIsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			return false
		}
		if c >= 'a' && c <= 'z' {
			cased = true
		}
	}
	return cased
}

func bytesIsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			cased = true
		}
	}
	return cased
}

func bytesIsTitle(s string) bool {
	cased, prev := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if prev {
				return false
			}
			prev, cased = true, true
		case c >= 'a' && c <= 'z':
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

func bytesJoin(sep string, iterable Value) string {
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
	n := 0
	if len(items) > 1 {
		n = len(sep) * (len(items) - 1)
	}
	for _, v := range items {
		if s, ok := bytesOf(v); ok {
			n += len(s)
		}
	}
	ChargeBytes(n)
	var b strings.Builder
	for i, v := range items {
		s, ok := bytesOf(v)
		if !ok {
			Raisef(TypeError, "sequence item ", strconv.Itoa(i), ": expected a bytes-like object, ", typeName(v), " found")
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
	}
	return b.String()
}

func bytesFillArg(name string, v Value) string {
	s, ok := bytesOf(v)
	if !ok || len(s) != 1 {
		Raisef(TypeError, name, "() argument 2 must be a byte string of length 1, not ", typeName(v))
	}
	return s
}

func bytesPad(s string, left, right int, fill string) string {
	return txStrPadBytes(s, left, right, fill)
}

func txStrPadBytes(s string, left, right int, fill string) string {
	if left < 0 {
		left = 0
	}
	if right < 0 {
		right = 0
	}
	if left == 0 && right == 0 {
		return s
	}
	if int64(left)+int64(right) > fuel.MaxCount/int64(len(fill)) {
		panic(NewException(MemoryError, "")) // beyond any budget
	}
	ChargeBytes(len(s) + (left+right)*len(fill))
	if int64(left+right) > txMaxStrBytes {
		panic(NewException(MemoryError, ""))
	}
	return strings.Repeat(fill, left) + s + strings.Repeat(fill, right)
}

func bytesStripChars(s, chars string, which byte) string {
	in := func(c byte) bool { return strings.IndexByte(chars, c) >= 0 }
	i, j := 0, len(s)
	if which != 'r' {
		for i < j && in(s[i]) {
			i++
		}
	}
	if which != 'l' {
		for j > i && in(s[j-1]) {
			j--
		}
	}
	return s[i:j]
}

func bytesStripWS(s string, which byte) string {
	i, j := 0, len(s)
	if which != 'r' {
		for i < j && isASCIISpaceByte(s[i]) {
			i++
		}
	}
	if which != 'l' {
		for j > i && isASCIISpaceByte(s[j-1]) {
			j--
		}
	}
	return s[i:j]
}

func bytesExpandTabs(s string, tabsize int) string {
	ChargeBytes(len(s))
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				col += k
				ChargeBytes(k)
				b.WriteString(strings.Repeat(" ", k))
			}
		case '\n', '\r':
			col = 0
			b.WriteByte(c)
		default:
			col++
			b.WriteByte(c)
		}
	}
	return b.String()
}

// bytesMethods registers the shared methods on t (bytes or bytearray).
func bytesMethods(t *Class, tp string, ba bool) {
	self := func(name string, v Value) string { return bytesSelf(tp, name, v) }
	wrap := func(s string) Value { return wrapBytes(s, ba) }
	add := t.AddMethod
	for _, m := range []struct {
		name string
		rev  bool
	}{{"split", false}, {"rsplit", true}} {
		p := &Params{Func: m.name, Names: []string{"sep", "maxsplit"}}
		rev, name := m.rev, m.name
		add(name, func(v Value, args []Value, kwargs []KW) Value {
			s := self(name, v)
			var sepV, maxV Value
			p.Unpack(args, kwargs, &sepV, &maxV)
			maxsplit := -1
			if maxV != nil {
				maxsplit = txSsizeArg(maxV)
			}
			if sepV == nil || sepV == None {
				if rev {
					return bytesList(bytesRSplitWS(s, maxsplit), ba)
				}
				return bytesList(bytesSplitWS(s, maxsplit), ba)
			}
			sep := bytesArg(sepV)
			if rev {
				return bytesList(StrRSplitSep(s, sep, maxsplit), ba)
			}
			return bytesList(StrSplitSep(s, sep, maxsplit), ba)
		})
	}
	splitlinesP := &Params{Func: "splitlines", Names: []string{"keepends"}}
	add("splitlines", func(v Value, args []Value, kwargs []KW) Value {
		s := self("splitlines", v)
		var keep Value = false
		splitlinesP.Unpack(args, kwargs, &keep)
		return bytesList(bytesSplitLines(s, Truth(keep)), ba)
	})
	add("join", func(v Value, args []Value, kwargs []KW) Value {
		s := self("join", v)
		return wrap(bytesJoin(s, txOneArg(tp+".join", args, kwargs)))
	})
	for _, m := range []struct {
		name  string
		which byte
	}{{"strip", 'b'}, {"lstrip", 'l'}, {"rstrip", 'r'}} {
		name, which := m.name, m.which
		add(name, func(v Value, args []Value, kwargs []KW) Value {
			s := self(name, v)
			txPosArgs(tp, name, args, kwargs, 0, 1)
			if len(args) == 0 || args[0] == None {
				return wrap(bytesStripWS(s, which))
			}
			return wrap(bytesStripChars(s, bytesArg(args[0]), which))
		})
	}
	add("replace", func(v Value, args []Value, kwargs []KW) Value {
		s := self("replace", v)
		txPosArgs(tp, "replace", args, kwargs, 2, 3)
		count := -1
		if len(args) > 2 {
			count = txSsizeArg(args[2])
		}
		return wrap(strings.Replace(s, bytesArg(args[0]), bytesArg(args[1]), count))
	})
	for _, m := range []struct {
		name       string
		rev, raise bool
	}{{"find", false, false}, {"rfind", true, false}, {"index", false, true}, {"rindex", true, true}} {
		name, rev, raise := m.name, m.rev, m.raise
		add(name, func(v Value, args []Value, kwargs []KW) Value {
			s := self(name, v)
			txPosArgs(tp, name, args, kwargs, 1, 3)
			sub := bytesSubArg(args[0])
			var startV, endV Value
			if len(args) > 1 {
				startV = args[1]
			}
			if len(args) > 2 {
				endV = args[2]
			}
			i := bytesFind(s, sub, startV, endV, rev)
			if i < 0 && raise {
				Raise(ValueError, "subsection not found")
			}
			return txMkInt(i)
		})
	}
	add("count", func(v Value, args []Value, kwargs []KW) Value {
		s := self("count", v)
		txPosArgs(tp, "count", args, kwargs, 1, 3)
		sub := bytesSubArg(args[0])
		var startV, endV Value
		if len(args) > 1 {
			startV = args[1]
		}
		if len(args) > 2 {
			endV = args[2]
		}
		start, end := bytesWindow(s, startV, endV)
		if end-start < len(sub) {
			return txMkInt(0)
		}
		if sub == "" {
			return txMkInt(end - start + 1)
		}
		return txMkInt(strings.Count(s[start:end], sub))
	})
	for _, m := range []struct {
		name   string
		suffix bool
	}{{"startswith", false}, {"endswith", true}} {
		name, suffix := m.name, m.suffix
		add(name, func(v Value, args []Value, kwargs []KW) Value {
			s := self(name, v)
			txPosArgs(tp, name, args, kwargs, 1, 3)
			var startV, endV Value
			if len(args) > 1 {
				startV = args[1]
			}
			if len(args) > 2 {
				endV = args[2]
			}
			match := func(x string) bool {
				start, end := bytesWindow(s, startV, endV)
				if end-start < len(x) {
					return false
				}
				if suffix {
					return strings.HasSuffix(s[start:end], x)
				}
				return strings.HasPrefix(s[start:end], x)
			}
			if t, ok := args[0].(*Tuple); ok {
				for _, it := range t.Items {
					x, ok := bytesOf(it)
					if !ok {
						Raisef(TypeError, "a bytes-like object is required, not '", typeName(it), "'")
					}
					if match(x) {
						return true
					}
				}
				return false
			}
			x, ok := bytesOf(args[0])
			if !ok {
				Raisef(TypeError, name, " first arg must be bytes or a tuple of bytes, not ", typeName(args[0]))
			}
			return match(x)
		})
	}
	for _, m := range []struct {
		name string
		rev  bool
	}{{"partition", false}, {"rpartition", true}} {
		name, rev := m.name, m.rev
		add(name, func(v Value, args []Value, kwargs []KW) Value {
			s := self(name, v)
			sep := bytesArg(txOneArg(tp+"."+name, args, kwargs))
			var a, b, c string
			if rev {
				a, b, c = StrRPartition(s, sep)
			} else {
				a, b, c = StrPartition(s, sep)
			}
			return &Tuple{Items: []Value{wrap(a), wrap(b), wrap(c)}}
		})
	}
	for _, m := range []struct {
		name string
		k    byte
	}{{"upper", 'u'}, {"lower", 'l'}, {"swapcase", 's'}, {"capitalize", 'c'}, {"title", 't'}} {
		name, k := m.name, m.k
		add(name, func(v Value, args []Value, kwargs []KW) Value {
			s := self(name, v)
			txNoArgs(tp+"."+name, args, kwargs)
			return wrap(bytesCaseMap(s, k))
		})
	}
	for _, m := range []struct {
		name string
		f    func(string) bool
	}{
		{"isalpha", func(s string) bool { return bytesAll(s, isAlphaByte) }},
		{"isdigit", func(s string) bool { return bytesAll(s, isDigitByte) }},
		{"isalnum", func(s string) bool {
			return bytesAll(s, func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) })
		}},
		{"isspace", func(s string) bool { return bytesAll(s, isASCIISpaceByte) }},
		{"isascii", func(s string) bool { return txIsASCII(s) }},
		{"islower", bytesIsLower}, {"isupper", bytesIsUpper}, {"istitle", bytesIsTitle},
	} {
		name, f := m.name, m.f
		add(name, func(v Value, args []Value, kwargs []KW) Value {
			s := self(name, v)
			txNoArgs(tp+"."+name, args, kwargs)
			return f(s)
		})
	}
	for _, m := range []struct {
		name string
		kind byte
	}{{"center", 'c'}, {"ljust", 'l'}, {"rjust", 'r'}} {
		name, kind := m.name, m.kind
		add(name, func(v Value, args []Value, kwargs []KW) Value {
			s := self(name, v)
			txPosArgs(tp, name, args, kwargs, 1, 2)
			width := txSsizeArg(args[0])
			fill := " "
			if len(args) > 1 {
				fill = bytesFillArg(name, args[1])
			}
			marg := width - len(s)
			if marg <= 0 {
				return wrap(s)
			}
			switch kind {
			case 'l':
				return wrap(bytesPad(s, 0, marg, fill))
			case 'r':
				return wrap(bytesPad(s, marg, 0, fill))
			}
			left := marg/2 + (marg & width & 1)
			return wrap(bytesPad(s, left, marg-left, fill))
		})
	}
	add("zfill", func(v Value, args []Value, kwargs []KW) Value {
		s := self("zfill", v)
		return wrap(StrZFill(s, txSsizeArg(txOneArg(tp+".zfill", args, kwargs))))
	})
	expandP := &Params{Func: "expandtabs", Names: []string{"tabsize"}}
	add("expandtabs", func(v Value, args []Value, kwargs []KW) Value {
		s := self("expandtabs", v)
		var tab Value
		expandP.Unpack(args, kwargs, &tab)
		size := 8
		if tab != nil {
			size = txCIntArg(tab)
		}
		return wrap(bytesExpandTabs(s, size))
	})
	add("removeprefix", func(v Value, args []Value, kwargs []KW) Value {
		s := self("removeprefix", v)
		return wrap(strings.TrimPrefix(s, bytesArg(txOneArg(tp+".removeprefix", args, kwargs))))
	})
	add("removesuffix", func(v Value, args []Value, kwargs []KW) Value {
		s := self("removesuffix", v)
		return wrap(strings.TrimSuffix(s, bytesArg(txOneArg(tp+".removesuffix", args, kwargs))))
	})
	decodeP := &Params{Func: "decode", Names: []string{"encoding", "errors"}}
	add("decode", func(v Value, args []Value, kwargs []KW) Value {
		s := self("decode", v)
		var encV, errV Value
		decodeP.Unpack(args, kwargs, &encV, &errV)
		enc, errs := codecArgs("decode", encV, errV)
		return Decode(s, enc, errs)
	})
	add("hex", func(v Value, args []Value, kwargs []KW) Value {
		s := self("hex", v)
		ChargeText(2 * len(s))
		return bytesHex(s, args, kwargs)
	})
	add("translate", func(v Value, args []Value, kwargs []KW) Value {
		s := self("translate", v)
		var tableV, delV Value
		if len(args) == 0 {
			Raise(TypeError, "translate() takes at least 1 positional argument (0 given)")
		}
		(&Params{Func: "translate", Names: []string{"", "delete"}, Required: 1, PosOnly: 1}).Unpack(args, kwargs, &tableV, &delV)
		del := ""
		if delV != nil {
			del = bytesArg(delV)
		}
		var table string
		if tableV != None {
			table = bytesArg(tableV)
			if len(table) != 256 {
				Raise(ValueError, "translation table must be 256 characters long")
			}
		}
		out := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if strings.IndexByte(del, c) >= 0 {
				continue
			}
			if table != "" {
				c = table[c]
			}
			out = append(out, c)
		}
		return wrap(string(out))
	})
	fromhex := &Builtin{Name: "fromhex", Fn: func(args []Value, kwargs []KW) Value {
		x := txOneArg(tp+".fromhex", args, kwargs)
		s, ok := x.(string)
		if !ok {
			Raisef(TypeError, "fromhex() argument must be str, not ", txArgTypeName(x))
		}
		return wrap(string(BytesFromHex(s)))
	}}
	t.Attrs["fromhex"] = fromhex
	t.AttrOrder = append(t.AttrOrder, "fromhex")
	t.Attrs["maketrans"] = &Builtin{Name: "maketrans", Fn: func(args []Value, kwargs []KW) Value {
		txPosArgs(tp, "maketrans", args, kwargs, 2, 2)
		from, to := bytesArg(args[0]), bytesArg(args[1])
		if len(from) != len(to) {
			Raise(ValueError, "maketrans arguments must have same length")
		}
		tab := make([]byte, 256)
		for i := range tab {
			tab[i] = byte(i)
		}
		for i := 0; i < len(from); i++ {
			tab[from[i]] = to[i]
		}
		return Bytes(tab)
	}}
}

func init() {
	bytesMethods(BytesType, "bytes", false)
	bytesMethods(ByteArrayType, "bytearray", true)
}
