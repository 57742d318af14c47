package datetime

import (
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Date is datetime.date (and the date part of a Datetime).
type Date struct{ Y, M, D int }

// DateType is datetime.date.
var DateType = rt.NewClass("date", "datetime")

// Class returns datetime.date.
func (*Date) Class() *rt.Class { return DateType }

const (
	minYear = 1
	maxYear = 9999
	maxOrd  = 3652059
)

var daysInMonth = [13]int{-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var daysBeforeMonth = [13]int{-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func monthDays(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return daysInMonth[m]
}

func daysBeforeYear(y int) int {
	y--
	return y*365 + y/4 - y/100 + y/400
}

// ymd2ord returns the proleptic Gregorian ordinal (0001-01-01 is 1).
func ymd2ord(y, m, d int) int {
	dbm := daysBeforeMonth[m]
	if m > 2 && isLeap(y) {
		dbm++
	}
	return daysBeforeYear(y) + dbm + d
}

// ord2ymd is the inverse of ymd2ord.
func ord2ymd(n int) (int, int, int) {
	n--
	n400, n := n/146097, n%146097
	year := n400*400 + 1
	n100, n := n/36524, n%36524
	n4, n := n/1461, n%1461
	n1, n := n/365, n%365
	year += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return year - 1, 12, 31
	}
	leap := n1 == 3 && (n4 != 24 || n100 == 3)
	month := (n + 50) >> 5
	preceding := daysBeforeMonth[month]
	if month > 2 && leap {
		preceding++
	}
	if preceding > n {
		month--
		preceding -= monthDays(year, month)
	}
	return year, month, n - preceding + 1
}

func checkDate(y, m, d int64) {
	if y < minYear || y > maxYear {
		rt.Raisef(rt.ValueError, "year ", stdutil.Itoa(int(y)), " is out of range")
	}
	if m < 1 || m > 12 {
		rt.Raise(rt.ValueError, "month must be in 1..12")
	}
	if d < 1 || d > int64(monthDays(int(y), int(m))) {
		rt.Raise(rt.ValueError, "day is out of range for month")
	}
}

// intArg converts a date/time component, with CPython's TypeError.
func intArg(v rt.Value) int64 {
	switch x := v.(type) {
	case rt.Int:
		n, ok := x.Int64()
		if !ok {
			rt.Raise(rt.OverflowError, "signed integer is greater than maximum")
		}
		return n
	case bool:
		if x {
			return 1
		}
		return 0
	case float64:
		rt.Raise(rt.TypeError, "'float' object cannot be interpreted as an integer")
	}
	rt.Raisef(rt.TypeError, "'", rt.TypeName(v), "' object cannot be interpreted as an integer")
	return 0
}

// NewDate is date(year, month, day) with CPython's range checks.
func NewDate(y, m, d int64) *Date {
	checkDate(y, m, d)
	return &Date{int(y), int(m), int(d)}
}

// Ordinal is date.toordinal().
func (d *Date) Ordinal() int { return ymd2ord(d.Y, d.M, d.D) }

// Weekday is date.weekday(): Monday is 0.
func (d *Date) Weekday() int { return (d.Ordinal() + 6) % 7 }

func dateFromOrdinal(n int) *Date {
	if n < 1 || n > maxOrd {
		rt.Raise(rt.OverflowError, "date value out of range")
	}
	y, m, dd := ord2ymd(n)
	return &Date{y, m, dd}
}

// IsoCalendar returns (ISO year, week, weekday).
func (d *Date) IsoCalendar() (int, int, int) {
	year := d.Y
	week1 := isoWeek1Monday(year)
	today := d.Ordinal()
	week, day := divmod(today-week1, 7)
	if week < 0 {
		year--
		week1 = isoWeek1Monday(year)
		week, day = divmod(today-week1, 7)
	} else if week >= 52 {
		if today >= isoWeek1Monday(year+1) {
			year++
			week = 0
		}
	}
	return year, week + 1, day + 1
}

func isoWeek1Monday(year int) int {
	const thursday = 3
	first := ymd2ord(year, 1, 1)
	firstWeekday := (first + 6) % 7
	week1 := first - firstWeekday
	if firstWeekday > thursday {
		week1 += 7
	}
	return week1
}

func divmod(a, b int) (int, int) {
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

// IsoFormat is date.isoformat().
func (d *Date) IsoFormat() string {
	return pad(int64(d.Y), 4) + "-" + pad(int64(d.M), 2) + "-" + pad(int64(d.D), 2)
}

// Repr is repr(date).
func (d *Date) Repr() string {
	return "datetime.date(" + stdutil.Itoa(d.Y) + ", " + stdutil.Itoa(d.M) + ", " + stdutil.Itoa(d.D) + ")"
}

func (d *Date) cmp(o *Date) int {
	switch {
	case d.Y != o.Y:
		return sign(int64(d.Y - o.Y))
	case d.M != o.M:
		return sign(int64(d.M - o.M))
	}
	return sign(int64(d.D - o.D))
}

var pDate = &rt.Params{Func: "date", Names: []string{"year", "month", "day"}, Required: 3}
var pDateReplace = &rt.Params{Func: "replace", Names: []string{"year", "month", "day"}}

func dateBinary(op rt.BinaryOp, a, b rt.Value) rt.Value {
	da, aok := a.(*Date)
	db, bok := b.(*Date)
	switch op {
	case rt.OpAdd:
		if !aok {
			da = db
			a, b = b, a
		}
		if td, ok := b.(*Timedelta); ok && da != nil {
			return dateFromOrdinal(da.Ordinal() + int(td.Days))
		}
	case rt.OpSub:
		if aok && bok {
			return tdFromMicro64(int64(da.Ordinal()-db.Ordinal()) * usPerDay)
		}
		if td, ok := b.(*Timedelta); ok && aok {
			return dateFromOrdinal(da.Ordinal() - int(td.Days))
		}
	}
	return rt.NotImplemented
}

func init() {
	c := DateType
	rt.SetConstructor(c, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var y, m, d rt.Value
		pDate.Unpack(args, kwargs, &y, &m, &d)
		return NewDate(intArg(y), intArg(m), intArg(d))
	})
	c.Slots.Repr = func(v rt.Value) string { return v.(*Date).Repr() }
	c.Slots.Str = func(v rt.Value) string { return v.(*Date).IsoFormat() }
	c.Slots.Hash = func(v rt.Value) int64 {
		d := v.(*Date)
		return rt.HashTuple([]rt.Value{rt.IntFromInt64(int64(d.Y)), rt.IntFromInt64(int64(d.M)), rt.IntFromInt64(int64(d.D))})
	}
	c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		da, ok1 := a.(*Date)
		db, ok2 := b.(*Date)
		if !ok1 || !ok2 {
			return rt.NotImplemented
		}
		return cmpOp(op, da.cmp(db))
	}
	c.Slots.Binary = dateBinary
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		d := v.(*Date)
		switch name {
		case "year":
			return rt.IntFromInt64(int64(d.Y)), true
		case "month":
			return rt.IntFromInt64(int64(d.M)), true
		case "day":
			return rt.IntFromInt64(int64(d.D)), true
		}
		return nil, false
	}
	m0 := func(name string, f func(d *Date) rt.Value) {
		c.AddMethod(name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			stdutil.Arity(name, args, kwargs, 0, 0)
			return f(asDate(self))
		})
	}
	m0("isoformat", func(d *Date) rt.Value { return d.IsoFormat() })
	m0("weekday", func(d *Date) rt.Value { return rt.IntFromInt64(int64(d.Weekday())) })
	m0("isoweekday", func(d *Date) rt.Value { return rt.IntFromInt64(int64(d.Weekday() + 1)) })
	m0("toordinal", func(d *Date) rt.Value { return rt.IntFromInt64(int64(d.Ordinal())) })
	m0("isocalendar", func(d *Date) rt.Value {
		y, w, wd := d.IsoCalendar()
		return &IsoCalendarDate{Year: y, Week: w, Weekday: wd}
	})
	m0("ctime", func(d *Date) rt.Value { return ctime(d, 0, 0, 0) })
	c.AddMethod("strftime", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		f := formatArg("strftime", args, kwargs)
		return Strftime(f, &Datetime{Date: *asDate(self)})
	})
	c.AddMethod("__format__", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		f := formatArg("__format__", args, kwargs)
		if f == "" {
			return rt.Str(self)
		}
		return Strftime(f, &Datetime{Date: *asDate(self)})
	})
	c.Slots.Format = func(v rt.Value, spec string) string {
		if spec == "" {
			return rt.Str(v)
		}
		if dt, ok := v.(*Datetime); ok {
			return Strftime(spec, dt)
		}
		return Strftime(spec, &Datetime{Date: *v.(*Date)})
	}
	c.AddMethod("replace", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		d := asDate(self)
		var y, m, dd rt.Value
		pDateReplace.Unpack(args, kwargs, &y, &m, &dd)
		ny, nm, nd := int64(d.Y), int64(d.M), int64(d.D)
		if y != nil {
			ny = intArg(y)
		}
		if m != nil {
			nm = intArg(m)
		}
		if dd != nil {
			nd = intArg(dd)
		}
		return NewDate(ny, nm, nd)
	})
	c.Attrs["min"] = &Date{1, 1, 1}
	c.Attrs["max"] = &Date{9999, 12, 31}
	c.Attrs["resolution"] = &Timedelta{Days: 1}
}

func formatArg(name string, args []rt.Value, kwargs []rt.KW) string {
	if len(args) != 1 || len(kwargs) > 0 {
		rt.Raisef(rt.TypeError, name, "() takes exactly one argument (", stdutil.Itoa(len(args)), " given)")
	}
	s, ok := args[0].(string)
	if !ok {
		rt.Raisef(rt.TypeError, name, "() argument 1 must be str, not ", rt.TypeName(args[0]))
	}
	return s
}

var _ = big.NewInt

// asDate returns the date part of a date or datetime.
func asDate(v rt.Value) *Date {
	switch x := v.(type) {
	case *Date:
		return x
	case *Datetime:
		return &x.Date
	}
	rt.Raisef(rt.TypeError, "descriptor requires a 'datetime.date' object but received a '", rt.TypeName(v), "'")
	return nil
}

// IsoCalendarDate is the named tuple date.isocalendar() returns.
type IsoCalendarDate struct{ Year, Week, Weekday int }

// IsoCalendarDateType is datetime.IsoCalendarDate.
var IsoCalendarDateType = rt.NewClass("IsoCalendarDate", "datetime")

// Class returns datetime.IsoCalendarDate.
func (*IsoCalendarDate) Class() *rt.Class { return IsoCalendarDateType }

func (c *IsoCalendarDate) tuple() *rt.Tuple {
	return rt.NewTuple(rt.IntFromInt64(int64(c.Year)), rt.IntFromInt64(int64(c.Week)), rt.IntFromInt64(int64(c.Weekday)))
}

func init() {
	c := IsoCalendarDateType
	c.Slots.Repr = func(v rt.Value) string {
		x := v.(*IsoCalendarDate)
		return "datetime.IsoCalendarDate(year=" + stdutil.Itoa(x.Year) + ", week=" + stdutil.Itoa(x.Week) + ", weekday=" + stdutil.Itoa(x.Weekday) + ")"
	}
	c.Slots.Len = func(v rt.Value) int { return 3 }
	c.Slots.GetItem = func(v, key rt.Value) rt.Value { return rt.GetItem(v.(*IsoCalendarDate).tuple(), key) }
	c.Slots.Iter = func(v rt.Value) rt.Iterator { return rt.Iter(v.(*IsoCalendarDate).tuple()) }
	c.Slots.Hash = func(v rt.Value) int64 { return rt.Hash(v.(*IsoCalendarDate).tuple()) }
	c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok := a.(*IsoCalendarDate)
		if !ok {
			return rt.NotImplemented
		}
		var other rt.Value = b
		if y, ok := b.(*IsoCalendarDate); ok {
			other = y.tuple()
		}
		if _, ok := other.(*rt.Tuple); !ok {
			return rt.NotImplemented
		}
		return rt.Compare(op, x.tuple(), other)
	}
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		x := v.(*IsoCalendarDate)
		switch name {
		case "year":
			return rt.IntFromInt64(int64(x.Year)), true
		case "week":
			return rt.IntFromInt64(int64(x.Week)), true
		case "weekday":
			return rt.IntFromInt64(int64(x.Weekday)), true
		}
		return nil, false
	}
}
