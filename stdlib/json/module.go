// Package json implements Python's json module: dumps with every option
// contracts use (indent, separators, sort_keys, ensure_ascii, default,
// allow_nan, skipkeys, check_circular, cls) producing CPython's exact text,
// and loads / JSONDecoder with CPython's C scanner semantics, including its
// JSONDecodeError messages and (lineno, colno, pos) positions in code points.
package json

import (
	"math"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

func nan() float64           { return math.NaN() }
func inf(s int) float64      { return math.Inf(s) }
func isNone(v rt.Value) bool { return stdutil.IsNone(v) }

// Dumps is json.dumps(v) with default options.
func Dumps(v rt.Value) string { return NewEncoder().Encode(v) }

// Loads is json.loads(s) with default options.
func Loads(s string) rt.Value { return new(Decoder).Loads(s) }

var encoderOpts = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"}

// configure applies JSONEncoder.__init__'s keyword arguments to e.
func configure(e *Encoder, fname string, kwargs []rt.KW) {
	var indent, seps rt.Value
	for _, kw := range kwargs {
		v := kw.Value
		switch kw.Name {
		case "skipkeys":
			e.SkipKeys = rt.Truth(v)
		case "ensure_ascii":
			e.EnsureASCII = rt.Truth(v)
		case "check_circular":
			e.CheckCircular = rt.Truth(v)
		case "allow_nan":
			e.AllowNaN = rt.Truth(v)
		case "sort_keys":
			e.SortKeys = rt.Truth(v)
		case "indent":
			indent = v
		case "separators":
			seps = v
		case "default":
			if !isNone(v) {
				f := v
				e.Default = func(o rt.Value) rt.Value { return rt.Call(f, []rt.Value{o}, nil) }
			}
		default:
			rt.Raisef(rt.TypeError, fname, " got an unexpected keyword argument '", kw.Name, "'")
		}
	}
	if !isNone(indent) {
		switch x := indent.(type) {
		case string:
			e.SetIndent(x)
		default:
			n, ok := stdutil.ToInt(x)
			if !ok {
				rt.Raisef(rt.TypeError, "can't multiply sequence by non-int of type '", rt.TypeName(x), "'")
			}
			k, _ := n.Int64()
			sp := ""
			for i := int64(0); i < k; i++ {
				sp += " "
			}
			e.SetIndent(sp)
		}
		e.ItemSep = ","
	}
	if !isNone(seps) {
		var items []rt.Value
		it := rt.Iter(seps)
		for {
			x, ok := it.Next()
			if !ok {
				break
			}
			items = append(items, x)
		}
		if len(items) != 2 {
			if len(items) > 2 {
				rt.Raise(rt.ValueError, "too many values to unpack (expected 2)")
			}
			rt.Raisef(rt.ValueError, "not enough values to unpack (expected 2, got ", stdutil.Itoa(len(items)), ")")
		}
		is, ok1 := items[0].(string)
		ks, ok2 := items[1].(string)
		if !ok1 || !ok2 {
			rt.Raise(rt.TypeError, "separators must be str")
		}
		e.ItemSep, e.KeySep = is, ks
	}
}

func dumps(args []rt.Value, kwargs []rt.KW) rt.Value {
	if len(args) != 1 {
		if len(args) == 0 {
			rt.Raise(rt.TypeError, "dumps() missing 1 required positional argument: 'obj'")
		}
		rt.Raisef(rt.TypeError, "dumps() takes 1 positional argument but ", stdutil.Itoa(len(args)), " were given")
	}
	var cls rt.Value
	rest := kwargs[:0:0]
	for _, kw := range kwargs {
		if kw.Name == "cls" {
			cls = kw.Value
			continue
		}
		rest = append(rest, kw)
	}
	if !isNone(cls) && cls != EncoderType {
		enc := rt.Call(cls, nil, rest)
		return rt.CallMethod(enc, "encode", []rt.Value{args[0]}, nil)
	}
	e := NewEncoder()
	configure(e, "JSONEncoder.__init__()", rest)
	return e.Encode(args[0])
}

var decoderOpts = []string{"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"}

func configureDecoder(d *Decoder, fname string, kwargs []rt.KW) {
	for _, kw := range kwargs {
		v := kw.Value
		if isNone(v) && kw.Name != "strict" {
			continue
		}
		switch kw.Name {
		case "object_hook":
			d.ObjectHook = v
		case "parse_float":
			d.ParseFloat = v
		case "parse_int":
			d.ParseInt = v
		case "parse_constant":
			d.ParseConstant = v
		case "object_pairs_hook":
			d.PairsHook = v
		case "strict":
			d.NonStrict = !rt.Truth(v)
		default:
			rt.Raisef(rt.TypeError, fname, " got an unexpected keyword argument '", kw.Name, "'")
		}
	}
}

func loads(args []rt.Value, kwargs []rt.KW) rt.Value {
	var s rt.Value
	var cls rt.Value
	rest := kwargs[:0:0]
	for _, kw := range kwargs {
		switch kw.Name {
		case "cls":
			cls = kw.Value
		case "s":
			if len(args) > 0 {
				rt.Raise(rt.TypeError, "loads() got multiple values for argument 's'")
			}
			s = kw.Value
		default:
			rest = append(rest, kw)
		}
	}
	if len(args) > 1 {
		rt.Raisef(rt.TypeError, "loads() takes 1 positional argument but ", stdutil.Itoa(len(args)), " were given")
	}
	if len(args) == 1 {
		s = args[0]
	}
	if s == nil {
		rt.Raise(rt.TypeError, "loads() missing 1 required positional argument: 's'")
	}
	doc, isStr := s.(string)
	if !isStr {
		doc = docString(s)
	} else if len(doc) >= 3 && doc[:3] == "\ufeff" {
		panic(NewDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", doc, 0))
	}
	if !isNone(cls) && cls != DecoderType {
		dec := rt.Call(cls, nil, rest)
		return rt.CallMethod(dec, "decode", []rt.Value{doc}, nil)
	}
	d := new(Decoder)
	configureDecoder(d, "JSONDecoder.__init__()", rest)
	return d.Loads(doc)
}

// decodeBytes is bytes.decode(json.detect_encoding(b), 'surrogatepass').
func decodeBytes(b string) string {
	enc := detectEncoding(b)
	switch enc {
	case "utf-8-sig":
		return decodeUTF8(b[3:], "utf-8")
	case "utf-8":
		return decodeUTF8(b, "utf-8")
	case "utf-16", "utf-16-le", "utf-16-be":
		be := enc == "utf-16-be"
		if enc == "utf-16" {
			be = b[0] == 0xFE
			b = b[2:]
		}
		if len(b)%2 != 0 {
			raiseDecode(enc, b, len(b)-1, len(b), "truncated data")
		}
		u := make([]uint16, len(b)/2)
		for i := range u {
			if be {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			} else {
				u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
			}
		}
		var out []byte
		for i := 0; i < len(u); i++ {
			r := rune(u[i])
			if utf16.IsSurrogate(r) && r < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
				r = utf16.DecodeRune(r, rune(u[i+1]))
				i++
			}
			out = appendWTF8(out, r)
		}
		return string(out)
	default: // utf-32 variants
		be := enc == "utf-32-be"
		if enc == "utf-32" {
			be = b[0] == 0
			b = b[4:]
		}
		if len(b)%4 != 0 {
			raiseDecode(enc, b, len(b)/4*4, len(b), "truncated data")
		}
		var out []byte
		for i := 0; i+4 <= len(b); i += 4 {
			var r rune
			if be {
				r = rune(b[i])<<24 | rune(b[i+1])<<16 | rune(b[i+2])<<8 | rune(b[i+3])
			} else {
				r = rune(b[i+3])<<24 | rune(b[i+2])<<16 | rune(b[i+1])<<8 | rune(b[i])
			}
			if r > 0x10FFFF || r < 0 {
				raiseDecode(enc, b, i, i+4, "code point not in range(0x110000)")
			}
			out = appendWTF8(out, r)
		}
		return string(out)
	}
}

func detectEncoding(b string) string {
	switch {
	case len(b) >= 4 && (b[:4] == "\x00\x00\xfe\xff" || b[:4] == "\xff\xfe\x00\x00"):
		return "utf-32"
	case len(b) >= 2 && (b[:2] == "\xfe\xff" || b[:2] == "\xff\xfe"):
		return "utf-16"
	case len(b) >= 3 && b[:3] == "\xef\xbb\xbf":
		return "utf-8-sig"
	}
	if len(b) >= 4 {
		if b[0] == 0 {
			if b[1] != 0 {
				return "utf-16-be"
			}
			return "utf-32-be"
		}
		if b[1] == 0 {
			if b[2] != 0 || b[3] != 0 {
				return "utf-16-le"
			}
			return "utf-32-le"
		}
	} else if len(b) == 2 {
		if b[0] == 0 {
			return "utf-16-be"
		}
		if b[1] == 0 {
			return "utf-16-le"
		}
	}
	return "utf-8"
}

func raiseDecode(enc, b string, start, end int, reason string) {
	msg := "'" + enc + "' codec can't decode "
	if end-start == 1 {
		msg += "byte 0x" + string(hexDigits[b[start]>>4]) + string(hexDigits[b[start]&15]) + " in position " + stdutil.Itoa(start)
	} else {
		msg += "bytes in position " + stdutil.Itoa(start) + "-" + stdutil.Itoa(end-1)
	}
	rt.Raise(rt.UnicodeDecodeError, msg+": "+reason)
}

// decodeUTF8 decodes b with errors='surrogatepass' (encoded surrogates are
// accepted and kept in WTF-8), raising UnicodeDecodeError as CPython does.
func decodeUTF8(b, enc string) string {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		if c == 0xED && i+2 < len(b) && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2]&0xC0 == 0x80 {
			i += 3 // surrogatepass
			continue
		}
		r, size := utf8.DecodeRuneInString(b[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		// Classify the error as CPython's decoder does.
		var need int
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c >= 0xE0 && c <= 0xEF:
			need = 2
		case c >= 0xF0 && c <= 0xF4:
			need = 3
		default:
			raiseDecode(enc, b, i, i+1, "invalid start byte")
		}
		j := i + 1
		for k := 0; k < need; k++ {
			if j >= len(b) {
				raiseDecode(enc, b, i, j, "unexpected end of data")
			}
			cc := b[j]
			ok := cc&0xC0 == 0x80
			if k == 0 {
				switch c {
				case 0xE0:
					ok = cc >= 0xA0 && cc <= 0xBF
				case 0xED:
					ok = cc >= 0x80 && cc <= 0xBF // surrogates allowed by surrogatepass
				case 0xF0:
					ok = cc >= 0x90 && cc <= 0xBF
				case 0xF4:
					ok = cc >= 0x80 && cc <= 0x8F
				}
			}
			if !ok {
				raiseDecode(enc, b, i, j, "invalid continuation byte")
			}
			j++
		}
		i = j
	}
	return b
}

// DecoderObj is a JSONDecoder instance.
type DecoderObj struct{ d Decoder }

// EncoderObj is a JSONEncoder instance.
type EncoderObj struct{ kwargs []rt.KW }

// DecoderType and EncoderType are json.JSONDecoder and json.JSONEncoder.
var (
	DecoderType = rt.NewClass("JSONDecoder", "json.decoder")
	EncoderType = rt.NewClass("JSONEncoder", "json.encoder")
)

// Class returns JSONDecoder.
func (*DecoderObj) Class() *rt.Class { return DecoderType }

// Class returns JSONEncoder.
func (*EncoderObj) Class() *rt.Class { return EncoderType }

var pRaw = &rt.Params{Func: "raw_decode", Names: []string{"s", "idx"}, Required: 1}

func init() {
	rt.SetConstructor(DecoderType, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) > 0 {
			rt.Raisef(rt.TypeError, "JSONDecoder.__init__() takes 1 positional argument but ", stdutil.Itoa(len(args)+1), " were given")
		}
		o := &DecoderObj{}
		configureDecoder(&o.d, "JSONDecoder.__init__()", kwargs)
		return o
	})
	DecoderType.AddMethod("decode", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 || len(kwargs) > 0 {
			rt.Raise(rt.TypeError, "JSONDecoder.decode() takes 2 positional arguments")
		}
		s, ok := args[0].(string)
		if !ok {
			rt.Raisef(rt.TypeError, "expected string or buffer")
		}
		return self.(*DecoderObj).d.Loads(s)
	})
	DecoderType.AddMethod("raw_decode", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, idx rt.Value
		pRaw.Unpack(args, kwargs, &s, &idx)
		str, ok := s.(string)
		if !ok {
			rt.Raisef(rt.TypeError, "first argument must be a string, not ", rt.TypeName(s))
		}
		i := 0
		if idx != nil {
			i = int(stdutil.Int(idx))
		}
		v, end := self.(*DecoderObj).d.RawDecode(str, i)
		return rt.NewTuple(v, rt.IntFromInt64(int64(end)))
	})
	rt.SetConstructor(EncoderType, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) > 0 {
			rt.Raisef(rt.TypeError, "JSONEncoder.__init__() takes 1 positional argument but ", stdutil.Itoa(len(args)+1), " were given")
		}
		configure(NewEncoder(), "JSONEncoder.__init__()", kwargs) // validate now
		return &EncoderObj{kwargs: append([]rt.KW(nil), kwargs...)}
	})
	EncoderType.AddMethod("encode", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("encode", args, kwargs, 1, 1)
		e := NewEncoder()
		if o, ok := self.(*EncoderObj); ok {
			configure(e, "JSONEncoder.__init__()", o.kwargs)
		}
		if e.Default == nil {
			// A subclass may override default(); the base raises TypeError.
			if f, ok := rt.LookupAttr(self, "default"); ok {
				e.Default = func(o rt.Value) rt.Value { return rt.Call(f, []rt.Value{o}, nil) }
			}
		}
		return e.Encode(args[0])
	})
	EncoderType.AddMethod("default", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("default", args, kwargs, 1, 1)
		rt.Raisef(rt.TypeError, "Object of type ", rt.TypeName(args[0]), " is not JSON serializable")
		return nil
	})
}

// Module returns a fresh json module.
func Module() *rt.Module {
	m := rt.NewModule("json")
	m.Func("dumps", dumps)
	m.Func("loads", loads)
	m.Set("JSONDecodeError", JSONDecodeError)
	m.Set("JSONDecoder", DecoderType)
	m.Set("JSONEncoder", EncoderType)
	return m
}

var _ = encoderOpts
var _ = decoderOpts
