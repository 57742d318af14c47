// Package datetime implements Python's datetime module for contracts:
// timedelta, date, datetime, time and timezone with CPython's arithmetic,
// normalisation, comparisons, repr/str, isoformat/fromisoformat,
// strftime/strptime and timestamps.
//
// now(), utcnow() and today() never read the machine's clock: they return
// the transaction's time, set by the host with SetNow (GenVM's default is
// 2024-11-26T06:42:42.424242Z). The local time zone is UTC, as in GenVM.
package datetime

import (
	"math"
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Datetime is datetime.datetime. Tz is nil for naive datetimes, else a
// *Timezone.
type Datetime struct {
	Date
	H, Mi, S, Us int
	Tz           *Timezone
	Fold         int
}

// DatetimeType is datetime.datetime, a subclass of date.
var DatetimeType = rt.NewClass("datetime", "datetime", DateType)

// Class returns datetime.datetime.
func (*Datetime) Class() *rt.Class { return DatetimeType }

// nowMicro is the transaction's time in microseconds since the Unix epoch.
var nowMicro int64 = 1732603362424242

// SetNow sets the transaction's time (microseconds since the Unix epoch,
// UTC) that now(), utcnow() and today() return. The host calls it before
// running a transaction.
func SetNow(unixMicro int64) { nowMicro = unixMicro }

// Now returns the transaction's time in microseconds since the Unix epoch.
func Now() int64 { return nowMicro }

const epochOrd = 719163

// localTZ is the local time zone astimezone() attaches: UTC, named 'UTC'
// (datetime.timezone(datetime.timedelta(0), 'UTC') in CPython).
var localTZ = &Timezone{Offset: &Timedelta{}, name: "UTC", hasName: true} // date(1970, 1, 1).toordinal()

// fromUnixMicro returns the naive UTC datetime us microseconds after the
// epoch.
func fromUnixMicro(us int64, tz *Timezone) *Datetime {
	days, rem := floorDiv64(us, usPerDay)
	d := dateFromOrdinal(int(days) + epochOrd)
	secs := rem / usPerSecond
	return &Datetime{Date: *d, H: int(secs / 3600), Mi: int(secs / 60 % 60), S: int(secs % 60), Us: int(rem % usPerSecond), Tz: tz}
}

func floorDiv64(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

// micro returns microseconds since 0001-01-01 of the wall time (no offset).
func (dt *Datetime) micro() int64 {
	return int64(dt.Ordinal())*usPerDay + int64(dt.H)*3600*usPerSecond + int64(dt.Mi)*60*usPerSecond + int64(dt.S)*usPerSecond + int64(dt.Us)
}

func fromMicro(us int64, tz *Timezone) *Datetime {
	days, rem := floorDiv64(us, usPerDay)
	if days < 1 || days > maxOrd {
		rt.Raise(rt.OverflowError, "date value out of range")
	}
	d := dateFromOrdinal(int(days))
	secs := rem / usPerSecond
	return &Datetime{Date: *d, H: int(secs / 3600), Mi: int(secs / 60 % 60), S: int(secs % 60), Us: int(rem % usPerSecond), Tz: tz}
}

// utcMicro returns the UTC instant of an aware datetime (or the wall time of
// a naive one) in microseconds since 0001-01-01.
func (dt *Datetime) utcMicro() int64 {
	m := dt.micro()
	if dt.Tz != nil {
		m -= dt.Tz.Offset.micro64()
	}
	return m
}

// Timestamp is datetime.timestamp(); naive datetimes are local time, which is
// UTC in GenVM.
func (dt *Datetime) Timestamp() float64 {
	if dt.Tz == nil {
		// CPython probes local time one day either side (mktime emulation).
		if m := dt.micro(); m-usPerDay < usPerDay {
			rt.Raise(rt.ValueError, "year 0 is out of range")
		}
	}
	us := dt.utcMicro() - int64(epochOrd)*usPerDay
	return rt.IntFromInt64(us).TrueDiv(rt.IntFromInt64(usPerSecond))
}

func checkTime(h, m, s, us int64) {
	if h < 0 || h > 23 {
		rt.Raise(rt.ValueError, "hour must be in 0..23")
	}
	if m < 0 || m > 59 {
		rt.Raise(rt.ValueError, "minute must be in 0..59")
	}
	if s < 0 || s > 59 {
		rt.Raise(rt.ValueError, "second must be in 0..59")
	}
	if us < 0 || us > 999999 {
		rt.Raise(rt.ValueError, "microsecond must be in 0..999999")
	}
}

func tzArg(v rt.Value) *Timezone {
	if stdutil.IsNone(v) {
		return nil
	}
	tz, ok := v.(*Timezone)
	if !ok {
		rt.Raisef(rt.TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '", rt.TypeName(v), "'")
	}
	return tz
}

var pDatetime = &rt.Params{Func: "datetime", Names: []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}, Required: 3, KwOnly: 1}
var pDtReplace = &rt.Params{Func: "replace", Names: []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}, KwOnly: 1}

func newDatetime(args []rt.Value, kwargs []rt.KW) *Datetime {
	v := make([]rt.Value, 9)
	pDatetime.Unpack(args, kwargs, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8])
	return buildDatetime(v, nil)
}

// buildDatetime builds a datetime from component values, taking missing
// ones from base (or zero).
func buildDatetime(v []rt.Value, base *Datetime) *Datetime {
	n := [7]int64{}
	if base != nil {
		n = [7]int64{int64(base.Y), int64(base.M), int64(base.D), int64(base.H), int64(base.Mi), int64(base.S), int64(base.Us)}
	}
	for i := 0; i < 7; i++ {
		if v[i] != nil {
			n[i] = intArg(v[i])
		}
	}
	checkDate(n[0], n[1], n[2])
	checkTime(n[3], n[4], n[5], n[6])
	var tz *Timezone
	if base != nil {
		tz = base.Tz
	}
	if v[7] != nil {
		tz = tzArg(v[7])
	}
	fold := 0
	if base != nil {
		fold = base.Fold
	}
	if v[8] != nil {
		f := intArg(v[8])
		if f != 0 && f != 1 {
			rt.Raise(rt.ValueError, "fold must be either 0 or 1")
		}
		fold = int(f)
	}
	return &Datetime{Date: Date{int(n[0]), int(n[1]), int(n[2])}, H: int(n[3]), Mi: int(n[4]), S: int(n[5]), Us: int(n[6]), Tz: tz, Fold: fold}
}

// Repr is repr(datetime).
func (dt *Datetime) Repr() string {
	s := "datetime.datetime(" + stdutil.Itoa(dt.Y) + ", " + stdutil.Itoa(dt.M) + ", " + stdutil.Itoa(dt.D) + ", " +
		stdutil.Itoa(dt.H) + ", " + stdutil.Itoa(dt.Mi)
	if dt.Us != 0 {
		s += ", " + stdutil.Itoa(dt.S) + ", " + stdutil.Itoa(dt.Us)
	} else if dt.S != 0 {
		s += ", " + stdutil.Itoa(dt.S)
	}
	if dt.Tz != nil {
		s += ", tzinfo=" + dt.Tz.Repr()
	}
	if dt.Fold != 0 {
		s += ", fold=1"
	}
	return s + ")"
}

func timeIso(h, m, s, us int, spec string) string {
	switch spec {
	case "auto":
		if us != 0 {
			spec = "microseconds"
		} else {
			spec = "seconds"
		}
	}
	switch spec {
	case "hours":
		return pad(int64(h), 2)
	case "minutes":
		return pad(int64(h), 2) + ":" + pad(int64(m), 2)
	case "seconds":
		return pad(int64(h), 2) + ":" + pad(int64(m), 2) + ":" + pad(int64(s), 2)
	case "milliseconds":
		return pad(int64(h), 2) + ":" + pad(int64(m), 2) + ":" + pad(int64(s), 2) + "." + pad(int64(us/1000), 3)
	case "microseconds":
		return pad(int64(h), 2) + ":" + pad(int64(m), 2) + ":" + pad(int64(s), 2) + "." + pad(int64(us), 6)
	}
	rt.Raise(rt.ValueError, "Unknown timespec value")
	return ""
}

// formatOffset renders a UTC offset as [+-]HH:MM[:SS[.ffffff]] with sep
// between fields.
func formatOffset(td *Timedelta, sep string) string {
	us := td.micro64()
	sgn := "+"
	if us < 0 {
		sgn = "-"
		us = -us
	}
	h := us / (3600 * usPerSecond)
	m := us / (60 * usPerSecond) % 60
	s := us / usPerSecond % 60
	frac := us % usPerSecond
	out := sgn + pad(h, 2) + sep + pad(m, 2)
	if s != 0 || frac != 0 {
		out += sep + pad(s, 2)
		if frac != 0 {
			out += "." + pad(frac, 6)
		}
	}
	return out
}

// IsoFormat is datetime.isoformat(sep, timespec).
func (dt *Datetime) IsoFormat(sep, timespec string) string {
	s := dt.Date.IsoFormat() + sep + timeIso(dt.H, dt.Mi, dt.S, dt.Us, timespec)
	if dt.Tz != nil {
		s += formatOffset(dt.Tz.Offset, ":")
	}
	return s
}

// cmpDatetimes compares two datetimes; ok is false when one is naive and
// the other aware.
func cmpDatetimes(a, b *Datetime) (c int, ok bool) {
	if (a.Tz == nil) != (b.Tz == nil) {
		return 0, false
	}
	x, y := a.micro(), b.micro()
	if a.Tz != nil && a.Tz != b.Tz {
		x, y = a.utcMicro(), b.utcMicro()
	}
	return sign(x - y), true
}

func dtBinary(op rt.BinaryOp, a, b rt.Value) rt.Value {
	da, aok := a.(*Datetime)
	switch op {
	case rt.OpAdd:
		if !aok {
			a, b = b, a
			da, aok = a.(*Datetime)
		}
		if td, ok := b.(*Timedelta); ok && aok {
			return fromMicro(da.micro()+td.micro64(), da.Tz)
		}
	case rt.OpSub:
		if !aok {
			break
		}
		switch x := b.(type) {
		case *Timedelta:
			return fromMicro(da.micro()-x.micro64(), da.Tz)
		case *Datetime:
			if (da.Tz == nil) != (x.Tz == nil) {
				rt.Raise(rt.TypeError, "can't subtract offset-naive and offset-aware datetimes")
			}
			return tdFromMicro64(da.utcMicro() - x.utcMicro())
		}
	}
	return rt.NotImplemented
}

func dtCompare(op rt.CompareOp, a, b rt.Value) rt.Value {
	da, ok1 := a.(*Datetime)
	db, ok2 := b.(*Datetime)
	if !ok1 || !ok2 {
		_, aDate := a.(*Date)
		_, bDate := b.(*Date)
		if aDate || bDate {
			switch op {
			case rt.OpEQ:
				return false
			case rt.OpNE:
				return true
			}
			rt.Raisef(rt.TypeError, "can't compare ", rt.TypeOf(a).Module+"."+rt.TypeName(a), " to ", rt.TypeOf(b).Module+"."+rt.TypeName(b))
		}
		return rt.NotImplemented
	}
	c, ok := cmpDatetimes(da, db)
	if !ok {
		switch op {
		case rt.OpEQ:
			return false
		case rt.OpNE:
			return true
		}
		rt.Raise(rt.TypeError, "can't compare offset-naive and offset-aware datetimes")
	}
	return cmpOp(op, c)
}

// FromTimestamp is datetime.fromtimestamp(ts, tz): the UTC time (local time
// is UTC) converted to tz if given.
func FromTimestamp(ts rt.Value, tz *Timezone) *Datetime {
	var us int64
	switch x := ts.(type) {
	case rt.Int, bool:
		n, _ := stdutil.ToInt(x)
		s, ok := n.Int64()
		if !ok || s > 1<<40 || s < -(1<<40) {
			rt.Raise(rt.OverflowError, "timestamp out of range for platform time_t")
		}
		us = s * usPerSecond
	case float64:
		if math.IsNaN(x) {
			rt.Raise(rt.ValueError, "Invalid value NaN (not a number)")
		}
		if math.IsInf(x, 0) || math.Abs(x) > 1<<40 {
			rt.Raise(rt.OverflowError, "timestamp out of range for platform time_t")
		}
		ip, fp := math.Modf(x)
		fp = math.RoundToEven(float64(fp * 1e6))
		if fp >= 1e6 {
			fp -= 1e6
			ip++
		} else if fp < 0 {
			fp += 1e6
			ip--
		}
		us = int64(ip)*usPerSecond + int64(fp)
	default:
		rt.Raisef(rt.TypeError, "'", rt.TypeName(ts), "' object cannot be interpreted as an integer")
	}
	us += int64(epochOrd) * usPerDay
	if tz == nil {
		return fromMicro(us, nil)
	}
	return fromMicro(us+tz.Offset.micro64(), tz)
}

// Astimezone is datetime.astimezone(tz); naive datetimes are taken as UTC.
func (dt *Datetime) Astimezone(tz *Timezone) *Datetime {
	if tz == nil {
		// The local zone: UTC, named as time.localtime() names it.
		tz = localTZ
		if dt.Tz == nil {
			return &Datetime{Date: dt.Date, H: dt.H, Mi: dt.Mi, S: dt.S, Us: dt.Us, Tz: tz}
		}
	}
	if dt.Tz == tz {
		return dt
	}
	return fromMicro(dt.utcMicro()+tz.Offset.micro64(), tz)
}

var (
	pIso       = &rt.Params{Func: "isoformat", Names: []string{"sep", "timespec"}}
	pNow       = &rt.Params{Func: "now", Names: []string{"tz"}}
	pFromTs    = &rt.Params{Func: "fromtimestamp", Names: []string{"timestamp", "tz"}, Required: 1}
	pAstz      = &rt.Params{Func: "astimezone", Names: []string{"tz"}}
	pStrptime  = &rt.Params{Func: "strptime", Names: []string{"date_string", "format"}, Required: 2, PosOnly: 2}
	pCombine   = &rt.Params{Func: "combine", Names: []string{"date", "time", "tzinfo"}, Required: 2}
	pFromIso   = &rt.Params{Func: "fromisoformat", Names: []string{"date_string"}, Required: 1, PosOnly: 1}
	pOrd       = &rt.Params{Func: "fromordinal", Names: []string{"ordinal"}, Required: 1, PosOnly: 1}
	pTimestamp = &rt.Params{Func: "fromtimestamp", Names: []string{"timestamp"}, Required: 1, PosOnly: 1}
)

func classMethod(c *rt.Class, name string, f rt.BuiltinFunc) {
	c.Attrs[name] = &rt.Builtin{Name: name, Fn: f}
}

func init() {
	c := DatetimeType
	rt.SetConstructor(c, func(args []rt.Value, kwargs []rt.KW) rt.Value { return newDatetime(args, kwargs) })
	c.Slots.Repr = func(v rt.Value) string { return v.(*Datetime).Repr() }
	c.Slots.Str = func(v rt.Value) string { return v.(*Datetime).IsoFormat(" ", "auto") }
	c.Slots.Hash = func(v rt.Value) int64 {
		dt := v.(*Datetime)
		return rt.HashInt(rt.IntFromInt64(dt.utcMicro()))
	}
	c.Slots.Compare = dtCompare
	DateType.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		_, adt := a.(*Datetime)
		_, bdt := b.(*Datetime)
		if adt || bdt {
			return dtCompare(op, a, b)
		}
		da, ok1 := a.(*Date)
		db, ok2 := b.(*Date)
		if !ok1 || !ok2 {
			return rt.NotImplemented
		}
		return cmpOp(op, da.cmp(db))
	}
	c.Slots.Binary = dtBinary
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		dt := v.(*Datetime)
		var n int
		switch name {
		case "year":
			n = dt.Y
		case "month":
			n = dt.M
		case "day":
			n = dt.D
		case "hour":
			n = dt.H
		case "minute":
			n = dt.Mi
		case "second":
			n = dt.S
		case "microsecond":
			n = dt.Us
		case "fold":
			n = dt.Fold
		case "tzinfo":
			if dt.Tz == nil {
				return rt.None, true
			}
			return dt.Tz, true
		default:
			return nil, false
		}
		return rt.IntFromInt64(int64(n)), true
	}
	m0 := func(name string, f func(dt *Datetime) rt.Value) {
		c.AddMethod(name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			stdutil.Arity(name, args, kwargs, 0, 0)
			return f(self.(*Datetime))
		})
	}
	c.AddMethod("isoformat", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var sep, spec rt.Value
		pIso.Unpack(args, kwargs, &sep, &spec)
		s, ts := "T", "auto"
		if sep != nil {
			str, ok := sep.(string)
			if !ok || rt.Len(str) != 1 {
				rt.Raise(rt.TypeError, "isoformat() argument 1 must be a unicode character, not "+rt.TypeName(sep))
			}
			s = str
		}
		if spec != nil {
			str, ok := spec.(string)
			if !ok {
				rt.Raise(rt.TypeError, "isoformat() argument 2 must be str, not "+rt.TypeName(spec))
			}
			ts = str
		}
		return self.(*Datetime).IsoFormat(s, ts)
	})
	m0("timestamp", func(dt *Datetime) rt.Value { return dt.Timestamp() })
	m0("date", func(dt *Datetime) rt.Value { d := dt.Date; return &d })
	m0("time", func(dt *Datetime) rt.Value { return &Time{H: dt.H, Mi: dt.Mi, S: dt.S, Us: dt.Us, Fold: dt.Fold} })
	m0("timetz", func(dt *Datetime) rt.Value {
		return &Time{H: dt.H, Mi: dt.Mi, S: dt.S, Us: dt.Us, Tz: dt.Tz, Fold: dt.Fold}
	})
	m0("utcoffset", func(dt *Datetime) rt.Value {
		if dt.Tz == nil {
			return rt.None
		}
		return dt.Tz.Offset
	})
	m0("tzname", func(dt *Datetime) rt.Value {
		if dt.Tz == nil {
			return rt.None
		}
		return dt.Tz.Name()
	})
	m0("dst", func(dt *Datetime) rt.Value { return rt.None })
	m0("ctime", func(dt *Datetime) rt.Value { return ctime(&dt.Date, dt.H, dt.Mi, dt.S) })
	m0("toordinal", func(dt *Datetime) rt.Value { return rt.IntFromInt64(int64(dt.Ordinal())) })
	c.AddMethod("astimezone", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var tz rt.Value
		pAstz.Unpack(args, kwargs, &tz)
		return self.(*Datetime).Astimezone(tzArg(tz))
	})
	c.AddMethod("replace", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		v := make([]rt.Value, 9)
		pDtReplace.Unpack(args, kwargs, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8])
		dt := self.(*Datetime)
		if v[7] != nil && stdutil.IsNone(v[7]) {
			v[7] = nil
			cp := *dt
			cp.Tz = nil
			return buildDatetime(v, &cp)
		}
		return buildDatetime(v, dt)
	})
	c.AddMethod("strftime", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return Strftime(formatArg("strftime", args, kwargs), self.(*Datetime))
	})
	c.AddMethod("__format__", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		f := formatArg("__format__", args, kwargs)
		if f == "" {
			return rt.Str(self)
		}
		return Strftime(f, self.(*Datetime))
	})

	nowFn := func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var tz rt.Value
		pNow.Unpack(args, kwargs, &tz)
		t := tzArg(tz)
		if t == nil {
			return fromUnixMicro(nowMicro, nil)
		}
		return fromUnixMicro(nowMicro+t.Offset.micro64(), t)
	}
	classMethod(c, "now", nowFn)
	classMethod(c, "utcnow", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("utcnow", args, kwargs, 0, 0)
		return fromUnixMicro(nowMicro, nil)
	})
	classMethod(c, "today", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("today", args, kwargs, 0, 0)
		return fromUnixMicro(nowMicro, nil)
	})
	classMethod(c, "fromtimestamp", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var ts, tz rt.Value
		pFromTs.Unpack(args, kwargs, &ts, &tz)
		return FromTimestamp(ts, tzArg(tz))
	})
	classMethod(c, "utcfromtimestamp", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var ts rt.Value
		pTimestamp.Unpack(args, kwargs, &ts)
		return FromTimestamp(ts, nil)
	})
	classMethod(c, "fromisoformat", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s rt.Value
		pFromIso.Unpack(args, kwargs, &s)
		str, ok := s.(string)
		if !ok {
			rt.Raise(rt.TypeError, "fromisoformat: argument must be str")
		}
		return ParseISODatetime(str)
	})
	classMethod(c, "fromordinal", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var n rt.Value
		pOrd.Unpack(args, kwargs, &n)
		o := intArg(n)
		if o < 1 {
			rt.Raise(rt.ValueError, "ordinal must be >= 1")
		}
		return &Datetime{Date: *dateFromOrdinal(int(o))}
	})
	classMethod(c, "strptime", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, f rt.Value
		pStrptime.Unpack(args, kwargs, &s, &f)
		str, ok1 := s.(string)
		fmtS, ok2 := f.(string)
		if !ok1 || !ok2 {
			bad := s
			if ok1 {
				bad = f
			}
			rt.Raisef(rt.TypeError, "strptime() argument ", map[bool]string{true: "2", false: "1"}[ok1], " must be str, not ", rt.TypeName(bad))
		}
		return Strptime(str, fmtS)
	})
	classMethod(c, "combine", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var d, t, tz rt.Value
		pCombine.Unpack(args, kwargs, &d, &t, &tz)
		dd, ok1 := d.(*Date)
		if dt, ok := d.(*Datetime); ok {
			dd, ok1 = &dt.Date, true
		}
		tt, ok2 := t.(*Time)
		if !ok1 || !ok2 {
			rt.Raise(rt.TypeError, "combine() argument must be date and time")
		}
		out := &Datetime{Date: *dd, H: tt.H, Mi: tt.Mi, S: tt.S, Us: tt.Us, Tz: tt.Tz, Fold: tt.Fold}
		if tz != nil {
			out.Tz = tzArg(tz)
		}
		return out
	})
	c.Attrs["min"] = &Datetime{Date: Date{1, 1, 1}}
	c.Attrs["max"] = &Datetime{Date: Date{9999, 12, 31}, H: 23, Mi: 59, S: 59, Us: 999999}
	c.Attrs["resolution"] = &Timedelta{Micro: 1}

	// date's class methods.
	classMethod(DateType, "today", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("today", args, kwargs, 0, 0)
		d := fromUnixMicro(nowMicro, nil).Date
		return &d
	})
	classMethod(DateType, "fromisoformat", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s rt.Value
		pFromIso.Unpack(args, kwargs, &s)
		str, ok := s.(string)
		if !ok {
			rt.Raise(rt.TypeError, "fromisoformat: argument must be str")
		}
		return ParseISODate(str)
	})
	classMethod(DateType, "fromordinal", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var n rt.Value
		pOrd.Unpack(args, kwargs, &n)
		o := intArg(n)
		if o < 1 {
			rt.Raise(rt.ValueError, "ordinal must be >= 1")
		}
		return dateFromOrdinal(int(o))
	})
	classMethod(DateType, "fromtimestamp", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var ts rt.Value
		pTimestamp.Unpack(args, kwargs, &ts)
		d := FromTimestamp(ts, nil).Date
		return &d
	})
}

var _ = big.NewInt
