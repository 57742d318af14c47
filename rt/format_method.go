package rt

import (
	"strconv"
	"strings"
)

// This file implements str.format and str.format_map (CPython's
// Objects/stringlib/unicode_format.h).

// formatter holds the state of one str.format call.
type formatter struct {
	args    []Value
	kwargs  []KW
	mapping Value // format_map's mapping, or nil
	autoIdx int   // next automatic field number; -1 once manual numbering is used
	manual  bool
}

// StrFormat returns fmt.format(*args, **kwargs).
func StrFormat(format string, args []Value, kwargs []KW) string {
	f := &formatter{args: args, kwargs: kwargs}
	var b strings.Builder
	f.render(&b, format, 2)
	ChargeBytes(b.Len())
	return b.String()
}

// StrFormatMap returns fmt.format_map(mapping).
func StrFormatMap(format string, mapping Value) string {
	f := &formatter{mapping: mapping}
	var b strings.Builder
	f.render(&b, format, 2)
	ChargeBytes(b.Len())
	return b.String()
}

func (f *formatter) render(b *strings.Builder, s string, depth int) {
	if depth <= 0 {
		Raise(ValueError, "Max string recursion exceeded")
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c != '{' && c != '}' {
			j := i
			for j < len(s) && s[j] != '{' && s[j] != '}' {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			Raise(ValueError, "Single '}' encountered in format string")
		}
		// c == '{'
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		if i+1 >= len(s) {
			Raise(ValueError, "Single '{' encountered in format string")
		}
		i = f.field(b, s, i+1, depth)
	}
}

// field parses the replacement field starting at s[i] (after its '{') as
// CPython's parse_field, renders it, and returns the index after its '}'.
func (f *formatter) field(b *strings.Builder, s string, i, depth int) int {
	start := i
	var c byte
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			Raise(ValueError, "unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	if c != '}' && c != ':' && c != '!' {
		Raise(ValueError, "expected '}' before end of string")
	}
	name := s[start : i-1]
	var conv rune
	spec := ""
	needsExpanding := false
	if c == '!' || c == ':' {
		done := false
		if c == '!' {
			if i >= len(s) {
				Raise(ValueError, "end of string while looking for conversion specifier")
			}
			var n int
			conv, n = txDecodeRune(s, i)
			i += n
			if i < len(s) {
				c2 := s[i]
				i++
				if c2 == '}' {
					done = true
				} else if c2 != ':' {
					Raise(ValueError, "expected ':' after conversion specifier")
				}
			}
		}
		if !done {
			specStart := i
			count := 1
			for i < len(s) {
				c3 := s[i]
				i++
				if c3 == '{' {
					needsExpanding = true
					count++
				} else if c3 == '}' {
					count--
					if count == 0 {
						break
					}
				}
			}
			if count != 0 {
				Raise(ValueError, "unmatched '{' in format spec")
			}
			spec = s[specStart : i-1]
		}
	}
	v := f.lookup(name)
	switch conv {
	case 0:
	case 'r':
		v = Repr(v)
	case 's':
		v = Str(v)
	case 'a':
		v = ASCII(v)
	default:
		if conv >= 0x20 && conv < 0x7f {
			Raisef(ValueError, "Unknown conversion specifier ", string(conv))
		}
		Raisef(ValueError, "Unknown conversion specifier \\x", strconv.FormatInt(int64(conv), 16))
	}
	if needsExpanding {
		var sb strings.Builder
		f.render(&sb, spec, depth-1)
		spec = sb.String()
	}
	b.WriteString(Format(v, spec))
	return i
}

// lookup resolves a field name: an index or keyword, then .attr and [key].
func (f *formatter) lookup(name string) Value {
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first := name[:k]
	var v Value
	idx, isIdx := parseFieldIndex(first)
	switch {
	case first == "":
		if f.manual {
			Raise(ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		if f.mapping != nil {
			Raise(ValueError, "Format string contains positional fields")
		}
		idx = f.autoIdx
		f.autoIdx++
		v = f.positional(idx)
	case isIdx:
		if f.autoIdx > 0 {
			Raise(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		f.manual = true
		if f.mapping != nil {
			Raise(ValueError, "Format string contains positional fields")
		}
		v = f.positional(idx)
	default:
		v = f.keyword(first)
	}
	rest := name[k:]
	for rest != "" {
		switch rest[0] {
		case '.':
			e := 1
			for e < len(rest) && rest[e] != '.' && rest[e] != '[' {
				e++
			}
			attr := rest[1:e]
			if attr == "" {
				Raise(ValueError, "Empty attribute in format string")
			}
			v = GetAttr(v, attr)
			rest = rest[e:]
		case '[':
			e := strings.IndexByte(rest, ']')
			if e < 0 {
				Raise(ValueError, "Missing ']' in format string")
			}
			key := rest[1:e]
			if key == "" {
				Raise(ValueError, "Empty attribute in format string")
			}
			if n, ok := parseFieldIndex(key); ok {
				v = GetItem(v, Int{small: int64(n)})
			} else {
				v = GetItem(v, key)
			}
			rest = rest[e+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				Raise(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			Raise(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v
}

func parseFieldIndex(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		if n > (1<<62)/10 {
			Raise(ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func (f *formatter) positional(i int) Value {
	if i >= len(f.args) {
		Raisef(IndexError, "Replacement index ", strconv.Itoa(i), " out of range for positional args tuple")
	}
	return f.args[i]
}

func (f *formatter) keyword(name string) Value {
	if f.mapping != nil {
		return GetItem(f.mapping, name)
	}
	for _, kw := range f.kwargs {
		if kw.Name == name {
			return kw.Value
		}
	}
	panic(&Exception{Cls: KeyError, Args: []Value{name}})
}

func init() {
	StrType.AddMethod("format", func(self Value, args []Value, kwargs []KW) Value {
		return StrFormat(strSelf("format", self), args, kwargs)
	})
	StrType.AddMethod("format_map", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("format_map", self)
		return StrFormatMap(s, txOneArg("str.format_map", args, kwargs))
	})
	StrType.AddMethod("__format__", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("__format__", self)
		spec, ok := txOneArg("str.__format__", args, kwargs).(string)
		if !ok {
			Raisef(TypeError, "__format__() argument must be str, not ", txArgTypeName(args[0]))
		}
		return FormatStr(s, spec)
	})
}
