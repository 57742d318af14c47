package rt

import "unicode/utf8"

// This file implements str.translate and str.maketrans.

// StrTranslate returns s.translate(table): each character's ordinal is looked
// up in table (any object with __getitem__); LookupError keeps the
// character, None deletes it, an int or str replaces it.
func StrTranslate(s string, table Value) string {
	ChargeText(len(s))
	d, isDict := table.(*Dict)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		key := Int{small: int64(r)}
		var v Value
		found := false
		if isDict {
			v, found = d.Get(key)
		} else {
			exc := Catch(func() { v = GetItem(table, key) })
			if exc != nil {
				if !exc.Cls.IsSubclass(LookupError) {
					panic(exc)
				}
			} else {
				found = true
			}
		}
		if !found {
			out = append(out, s[i:i+n]...)
			i += n
			continue
		}
		switch x := v.(type) {
		case NoneType:
		case string:
			out = append(out, x...)
		default:
			c, ok := txIntArg(v)
			if !ok {
				Raise(TypeError, "character mapping must return integer, None or str")
			}
			if c.big != nil || c.small < 0 || c.small > utf8.MaxRune {
				Raise(ValueError, "character mapping must be in range(0x110000)")
			}
			out = txAppendRune(out, rune(c.small))
		}
		i += n
	}
	return string(out)
}

// StrMakeTrans implements str.maketrans(x[, y[, z]]).
func StrMakeTrans(args []Value, kwargs []KW) *Dict {
	txPosArgs("str", "maketrans", args, kwargs, 1, 3)
	out := NewDict(0)
	if len(args) == 1 {
		d, ok := args[0].(*Dict)
		if !ok {
			Raise(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		d.Range(func(k, v Value) bool {
			switch x := k.(type) {
			case string:
				if StrLen(x) != 1 {
					Raise(ValueError, "string keys in translate table must be of length 1")
				}
				r, _ := txDecodeRune(x, 0)
				out.Set(Int{small: int64(r)}, v)
			case Int:
				out.Set(x, v)
			case bool:
				out.Set(txBoolInt(x), v)
			default:
				Raise(TypeError, "keys in translate table must be strings or integers")
			}
			return true
		})
		return out
	}
	x, ok := args[0].(string)
	if !ok {
		Raise(TypeError, "first maketrans argument must be a string if there is a second argument")
	}
	y, ok := args[1].(string)
	if !ok {
		Raisef(TypeError, "maketrans() argument 2 must be str, not ", txArgTypeName(args[1]))
	}
	xs, ys := StrRunes(x), StrRunes(y)
	if len(xs) != len(ys) {
		Raise(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i, r := range xs {
		out.Set(Int{small: int64(r)}, Int{small: int64(ys[i])})
	}
	if len(args) == 3 {
		z, ok := args[2].(string)
		if !ok {
			Raisef(TypeError, "maketrans() argument 3 must be str, not ", txArgTypeName(args[2]))
		}
		for _, r := range StrRunes(z) {
			out.Set(Int{small: int64(r)}, None)
		}
	}
	return out
}

func init() {
	StrType.AddMethod("translate", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("translate", self)
		return StrTranslate(s, txOneArg("str.translate", args, kwargs))
	})
	StrType.Attrs["maketrans"] = &Builtin{Name: "maketrans", Fn: func(args []Value, kwargs []KW) Value {
		return StrMakeTrans(args, kwargs)
	}}
	StrType.AttrOrder = append(StrType.AttrOrder, "maketrans")
}
