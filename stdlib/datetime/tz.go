package datetime

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Timezone is datetime.timezone: a fixed UTC offset with an optional name.
type Timezone struct {
	Offset  *Timedelta
	name    string
	hasName bool
}

// TzinfoType is datetime.tzinfo, the abstract base of timezone.
var TzinfoType = rt.NewClass("tzinfo", "datetime")

// TimezoneType is datetime.timezone.
var TimezoneType = rt.NewClass("timezone", "datetime", TzinfoType)

// UTC is datetime.timezone.utc.
var UTC = &Timezone{Offset: &Timedelta{}}

// Class returns datetime.timezone.
func (*Timezone) Class() *rt.Class { return TimezoneType }

// Name is tzname(): the given name, "UTC" for a zero offset, else
// "UTC+HH:MM".
func (tz *Timezone) Name() string {
	if tz.hasName {
		return tz.name
	}
	if tz.Offset.micro64() == 0 {
		return "UTC"
	}
	return "UTC" + formatOffset(tz.Offset, ":")
}

// Repr is repr(timezone).
func (tz *Timezone) Repr() string {
	if tz == UTC {
		return "datetime.timezone.utc"
	}
	s := "datetime.timezone(" + tz.Offset.Repr()
	if tz.hasName {
		s += ", " + rt.StrRepr(tz.name)
	}
	return s + ")"
}

var pTimezone = &rt.Params{Func: "timezone", Names: []string{"offset", "name"}, Required: 1}

// NewTimezone is timezone(offset, name=None).
func NewTimezone(offset rt.Value, name rt.Value) *Timezone {
	td, ok := offset.(*Timedelta)
	if !ok {
		rt.Raisef(rt.TypeError, "timezone() argument 1 must be datetime.timedelta, not ", rt.TypeName(offset))
	}
	us := td.micro64()
	if us <= -usPerDay || us >= usPerDay {
		rt.Raisef(rt.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ", td.Repr(), ".")
	}
	tz := &Timezone{Offset: td}
	if name != nil {
		s, ok := name.(string)
		if !ok {
			rt.Raisef(rt.TypeError, "timezone() argument 2 must be str, not ", rt.TypeName(name))
		}
		tz.name, tz.hasName = s, true
	} else if us == 0 {
		return UTC
	}
	return tz
}

// Time is datetime.time.
type Time struct {
	H, Mi, S, Us int
	Tz           *Timezone
	Fold         int
}

// TimeType is datetime.time.
var TimeType = rt.NewClass("time", "datetime")

// Class returns datetime.time.
func (*Time) Class() *rt.Class { return TimeType }

// IsoFormat is time.isoformat(timespec).
func (t *Time) IsoFormat(spec string) string {
	s := timeIso(t.H, t.Mi, t.S, t.Us, spec)
	if t.Tz != nil {
		s += formatOffset(t.Tz.Offset, ":")
	}
	return s
}

// Repr is repr(time).
func (t *Time) Repr() string {
	s := "datetime.time(" + stdutil.Itoa(t.H) + ", " + stdutil.Itoa(t.Mi)
	if t.Us != 0 {
		s += ", " + stdutil.Itoa(t.S) + ", " + stdutil.Itoa(t.Us)
	} else if t.S != 0 {
		s += ", " + stdutil.Itoa(t.S)
	}
	if t.Tz != nil {
		s += ", tzinfo=" + t.Tz.Repr()
	}
	if t.Fold != 0 {
		s += ", fold=1"
	}
	return s + ")"
}

var pTime = &rt.Params{Func: "time", Names: []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}, KwOnly: 1}

func init() {
	c := TimezoneType
	rt.SetConstructor(c, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var off, name rt.Value
		pTimezone.Unpack(args, kwargs, &off, &name)
		return NewTimezone(off, name)
	})
	c.Slots.Repr = func(v rt.Value) string { return v.(*Timezone).Repr() }
	c.Slots.Str = func(v rt.Value) string { return v.(*Timezone).Name() }
	c.Slots.Hash = func(v rt.Value) int64 { return rt.Hash(v.(*Timezone).Offset) }
	c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		ta, ok1 := a.(*Timezone)
		tb, ok2 := b.(*Timezone)
		if !ok1 || !ok2 || (op != rt.OpEQ && op != rt.OpNE) {
			return rt.NotImplemented
		}
		eq := ta.Offset.cmp(tb.Offset) == 0
		return eq == (op == rt.OpEQ)
	}
	arg1 := func(name string, args []rt.Value, kwargs []rt.KW) {
		stdutil.Arity(name, args, kwargs, 1, 1)
		if _, ok := args[0].(*Datetime); !ok && !stdutil.IsNone(args[0]) {
			rt.Raisef(rt.TypeError, name, "(dt) argument must be a datetime instance or None, not ", rt.TypeName(args[0]))
		}
	}
	c.AddMethod("utcoffset", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		arg1("utcoffset", args, kwargs)
		return self.(*Timezone).Offset
	})
	c.AddMethod("tzname", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		arg1("tzname", args, kwargs)
		return self.(*Timezone).Name()
	})
	c.AddMethod("dst", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		arg1("dst", args, kwargs)
		return rt.None
	})
	c.Attrs["utc"] = UTC
	c.Attrs["min"] = &Timezone{Offset: &Timedelta{Days: -1, Seconds: 60}}
	c.Attrs["max"] = &Timezone{Offset: &Timedelta{Seconds: 86340}}

	t := TimeType
	rt.SetConstructor(t, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		v := make([]rt.Value, 6)
		pTime.Unpack(args, kwargs, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5])
		n := [4]int64{}
		for i := 0; i < 4; i++ {
			if v[i] != nil {
				n[i] = intArg(v[i])
			}
		}
		checkTime(n[0], n[1], n[2], n[3])
		out := &Time{H: int(n[0]), Mi: int(n[1]), S: int(n[2]), Us: int(n[3])}
		if v[4] != nil {
			out.Tz = tzArg(v[4])
		}
		if v[5] != nil {
			out.Fold = int(intArg(v[5]))
		}
		return out
	})
	t.Slots.Repr = func(v rt.Value) string { return v.(*Time).Repr() }
	t.Slots.Str = func(v rt.Value) string { return v.(*Time).IsoFormat("auto") }
	t.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		ta, ok1 := a.(*Time)
		tb, ok2 := b.(*Time)
		if !ok1 || !ok2 {
			return rt.NotImplemented
		}
		x := int64(ta.H)*3600e6 + int64(ta.Mi)*60e6 + int64(ta.S)*1e6 + int64(ta.Us)
		y := int64(tb.H)*3600e6 + int64(tb.Mi)*60e6 + int64(tb.S)*1e6 + int64(tb.Us)
		if ta.Tz != nil {
			x -= ta.Tz.Offset.micro64()
		}
		if tb.Tz != nil {
			y -= tb.Tz.Offset.micro64()
		}
		return cmpOp(op, sign(x-y))
	}
	t.Slots.Hash = func(v rt.Value) int64 {
		tt := v.(*Time)
		return rt.HashInt(rt.IntFromInt64(int64(tt.H)*3600e6 + int64(tt.Mi)*60e6 + int64(tt.S)*1e6 + int64(tt.Us)))
	}
	t.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		tt := v.(*Time)
		var n int
		switch name {
		case "hour":
			n = tt.H
		case "minute":
			n = tt.Mi
		case "second":
			n = tt.S
		case "microsecond":
			n = tt.Us
		case "fold":
			n = tt.Fold
		case "tzinfo":
			if tt.Tz == nil {
				return rt.None, true
			}
			return tt.Tz, true
		default:
			return nil, false
		}
		return rt.IntFromInt64(int64(n)), true
	}
	t.AddMethod("isoformat", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var spec rt.Value
		(&rt.Params{Func: "isoformat", Names: []string{"timespec"}}).Unpack(args, kwargs, &spec)
		s := "auto"
		if spec != nil {
			s, _ = spec.(string)
		}
		return self.(*Time).IsoFormat(s)
	})
	t.AddMethod("strftime", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		tt := self.(*Time)
		return Strftime(formatArg("strftime", args, kwargs), &Datetime{Date: Date{1900, 1, 1}, H: tt.H, Mi: tt.Mi, S: tt.S, Us: tt.Us, Tz: tt.Tz})
	})
}
