package datetime

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

var (
	dayAbbr    = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	dayName    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthAbbr  = []string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func ctime(d *Date, h, m, s int) string {
	day := stdutil.Itoa(d.D)
	if d.D < 10 {
		day = " " + day
	}
	return dayAbbr[d.Weekday()] + " " + monthAbbr[d.M] + " " + day + " " + pad(int64(h), 2) + ":" + pad(int64(m), 2) + ":" + pad(int64(s), 2) + " " + pad(int64(d.Y), 4)
}

// Strftime formats dt with the C library's directives (C locale, glibc
// flags '-', '_' and '0') plus CPython's %f, %z, %:z and %Z.
func Strftime(format string, dt *Datetime) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		flag := byte(0)
		if format[i] == '-' || format[i] == '_' || format[i] == '0' || format[i] == '^' {
			flag = format[i]
			i++
			if i >= len(format) {
				b.WriteString(format[start:])
				break
			}
		}
		colon := false
		if format[i] == ':' && i+1 < len(format) && format[i+1] == 'z' {
			colon = true
			i++
		}
		num := func(n int, w int) {
			s := stdutil.Itoa(n)
			switch flag {
			case '-':
			case '_':
				for len(s) < w {
					s = " " + s
				}
			default:
				for len(s) < w {
					s = "0" + s
				}
			}
			b.WriteString(s)
		}
		text := func(s string) {
			if flag == '^' {
				s = strings.ToUpper(s)
			}
			b.WriteString(s)
		}
		yday := dt.Ordinal() - ymd2ord(dt.Y, 1, 1) + 1
		wday := (dt.Weekday() + 1) % 7 // Sunday = 0
		switch format[i] {
		case 'a':
			text(dayAbbr[dt.Weekday()])
		case 'A':
			text(dayName[dt.Weekday()])
		case 'b', 'h':
			text(monthAbbr[dt.M])
		case 'B':
			text(monthNames[dt.M])
		case 'c':
			c := ctime(&dt.Date, dt.H, dt.Mi, dt.S)
			text(c[:len(c)-4] + stdutil.Itoa(dt.Y))
		case 'C':
			num(dt.Y/100, 1)
		case 'd':
			num(dt.D, 2)
		case 'D':
			b.WriteString(pad(int64(dt.M), 2) + "/" + pad(int64(dt.D), 2) + "/" + pad(int64(dt.Y%100), 2))
		case 'e':
			if flag == 0 {
				flag = '_'
			}
			num(dt.D, 2)
		case 'F':
			b.WriteString(stdutil.Itoa(dt.Y) + "-" + pad(int64(dt.M), 2) + "-" + pad(int64(dt.D), 2))
		case 'f':
			b.WriteString(pad(int64(dt.Us), 6))
		case 'G':
			y, _, _ := dt.IsoCalendar()
			num(y, 1)
		case 'g':
			y, _, _ := dt.IsoCalendar()
			num(y%100, 2)
		case 'H':
			num(dt.H, 2)
		case 'I':
			h := dt.H % 12
			if h == 0 {
				h = 12
			}
			num(h, 2)
		case 'j':
			num(yday, 3)
		case 'k':
			if flag == 0 {
				flag = '_'
			}
			num(dt.H, 2)
		case 'l':
			if flag == 0 {
				flag = '_'
			}
			h := dt.H % 12
			if h == 0 {
				h = 12
			}
			num(h, 2)
		case 'm':
			num(dt.M, 2)
		case 'M':
			num(dt.Mi, 2)
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if dt.H < 12 {
				text("AM")
			} else {
				text("PM")
			}
		case 'P':
			if dt.H < 12 {
				b.WriteString("am")
			} else {
				b.WriteString("pm")
			}
		case 'r':
			h := dt.H % 12
			if h == 0 {
				h = 12
			}
			ap := "AM"
			if dt.H >= 12 {
				ap = "PM"
			}
			b.WriteString(pad(int64(h), 2) + ":" + pad(int64(dt.Mi), 2) + ":" + pad(int64(dt.S), 2) + " " + ap)
		case 'R':
			b.WriteString(pad(int64(dt.H), 2) + ":" + pad(int64(dt.Mi), 2))
		case 's':
			b.WriteString(strconv.FormatInt((dt.micro()-int64(epochOrd)*usPerDay)/usPerSecond, 10))
		case 'S':
			num(dt.S, 2)
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(pad(int64(dt.H), 2) + ":" + pad(int64(dt.Mi), 2) + ":" + pad(int64(dt.S), 2))
		case 'u':
			num(dt.Weekday()+1, 1)
		case 'U':
			num((yday+6-wday)/7, 2)
		case 'V':
			_, w, _ := dt.IsoCalendar()
			num(w, 2)
		case 'w':
			num(wday, 1)
		case 'W':
			num((yday+6-dt.Weekday())/7, 2)
		case 'x':
			b.WriteString(pad(int64(dt.M), 2) + "/" + pad(int64(dt.D), 2) + "/" + pad(int64(dt.Y%100), 2))
		case 'y':
			num(dt.Y%100, 2)
		case 'Y':
			num(dt.Y, 1)
		case 'z':
			if dt.Tz != nil {
				sep := ""
				if colon {
					sep = ":"
				}
				b.WriteString(formatOffset(dt.Tz.Offset, sep))
			}
		case 'Z':
			if dt.Tz != nil {
				b.WriteString(dt.Tz.Name())
			}
		case '%':
			b.WriteByte('%')
		default:
			b.WriteString(format[start : i+1])
		}
	}
	return b.String()
}

// strptime directive patterns, as CPython's _strptime.TimeRE (C locale,
// local time zone UTC).
var strptimeRE = map[byte]string{
	'd': `(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'G': `(?P<G>\d\d\d\d)`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'U': `(?P<U>5[0-3]|[0-4]\d|\d)`,
	'W': `(?P<W>5[0-3]|[0-4]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'V': `(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'z': `(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))`,
	'A': `(?P<A>wednesday|saturday|thursday|tuesday|sunday|monday|friday)`,
	'a': `(?P<a>thu|tue|wed|sun|fri|mon|sat)`,
	'B': `(?P<B>september|february|november|december|january|october|august|april|march|june|july|may)`,
	'b': `(?P<b>sep|feb|nov|dec|jan|oct|aug|apr|mar|jun|jul|may)`,
	'p': `(?P<p>am|pm)`,
	'Z': `(?P<Z>utc|gmt)`,
	'%': `%`,
}

var (
	reEscape = regexp.MustCompile(`([\\.^$*+?\(\){}\[\]|])`)
	reSpaces = regexp.MustCompile(`\s+`)
)

func strptimePattern(format string) string {
	f := reEscape.ReplaceAllString(format, `\$1`)
	f = reSpaces.ReplaceAllString(f, `\s+`)
	var out strings.Builder
	for {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			break
		}
		if i+1 >= len(f) {
			rt.Raisef(rt.ValueError, "stray % in format '", format, "'")
		}
		out.WriteString(f[:i])
		ch := f[i+1]
		switch ch {
		case 'c':
			out.WriteString(strptimePattern("%a %b %d %H:%M:%S %Y"))
		case 'x':
			out.WriteString(strptimePattern("%m/%d/%y"))
		case 'X':
			out.WriteString(strptimePattern("%H:%M:%S"))
		default:
			p, ok := strptimeRE[ch]
			if !ok {
				bad := string(ch)
				if ch == '\\' {
					bad = "\\"
				}
				rt.Raisef(rt.ValueError, "'", bad, "' is a bad directive in format '", format, "'")
			}
			out.WriteString(p)
		}
		f = f[i+2:]
	}
	out.WriteString(f)
	return out.String()
}

// strptimeCache holds compiled strptime formats (lookups only).
var strptimeCache = map[string]*regexp.Regexp{}

// Strptime is datetime.strptime(s, format).
func Strptime(s, format string) *Datetime {
	re, ok := strptimeCache[format]
	if !ok {
		pat := strptimePattern(format)
		var err error
		re, err = regexp.Compile(`(?i)^(?:` + pat + `)`)
		if err != nil {
			rt.Raise(rt.ValueError, "bad format: "+err.Error())
		}
		if len(strptimeCache) > 64 {
			strptimeCache = map[string]*regexp.Regexp{}
		}
		strptimeCache[format] = re
	}
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		rt.Raisef(rt.ValueError, "time data ", rt.StrRepr(s), " does not match format ", rt.StrRepr(format))
	}
	if m[1] != len(s) {
		rt.Raisef(rt.ValueError, "unconverted data remains: ", s[m[1]:])
	}
	g := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			g[name] = s[m[2*i]:m[2*i+1]]
		}
	}
	atoi := func(x string) int { n, _ := strconv.Atoi(strings.TrimSpace(x)); return n }
	year, month, day, hour, minute, second, frac := 1900, 1, 1, 0, 0, 0, 0
	julian := -1
	var tz *Timezone
	hasMonthDay := false
	if v, ok := g["y"]; ok {
		year = atoi(v)
		if year <= 68 {
			year += 2000
		} else {
			year += 1900
		}
	}
	if v, ok := g["Y"]; ok {
		year = atoi(v)
	}
	if v, ok := g["m"]; ok {
		month, hasMonthDay = atoi(v), true
	}
	for _, k := range []string{"B", "b"} {
		if v, ok := g[k]; ok {
			names := monthNames
			if k == "b" {
				names = monthAbbr
			}
			for i, n := range names {
				if i > 0 && strings.EqualFold(n, v) {
					month = i
				}
			}
			hasMonthDay = true
		}
	}
	if v, ok := g["d"]; ok {
		day, hasMonthDay = atoi(v), true
	}
	if v, ok := g["H"]; ok {
		hour = atoi(v)
	}
	if v, ok := g["I"]; ok {
		hour = atoi(v)
		ap := strings.ToLower(g["p"])
		if ap == "" || ap == "am" {
			if hour == 12 {
				hour = 0
			}
		} else if hour != 12 {
			hour += 12
		}
	}
	if v, ok := g["M"]; ok {
		minute = atoi(v)
	}
	if v, ok := g["S"]; ok {
		second = atoi(v)
	}
	if v, ok := g["f"]; ok {
		frac = atoi(v + strings.Repeat("0", 6-len(v)))
	}
	if v, ok := g["j"]; ok {
		julian = atoi(v)
	}
	if z, ok := g["z"]; ok {
		if z == "Z" || z == "z" {
			tz = UTC
		} else {
			orig := z
			if z[3] == ':' {
				z = z[:3] + z[4:]
				if len(z) > 5 {
					if z[5] != ':' {
						rt.Raisef(rt.ValueError, "Inconsistent use of : in ", orig)
					}
					z = z[:5] + z[6:]
				}
			}
			hours, mins := atoi(z[1:3]), atoi(z[3:5])
			secs := 0
			if len(z) >= 7 {
				secs = atoi(z[5:7])
			}
			us := 0
			if len(z) > 8 {
				r := z[8:]
				us = atoi(r + strings.Repeat("0", 6-len(r)))
			}
			off := int64(hours*3600+mins*60+secs)*usPerSecond + int64(us)
			if z[0] == '-' {
				off = -off
			}
			tz = NewTimezone(tdFromMicro64(off), nil)
		}
	}
	if julian > 0 && !hasMonthDay {
		d := dateFromOrdinal(ymd2ord(year, 1, 1) + julian - 1)
		year, month, day = d.Y, d.M, d.D
	}
	checkDate(int64(year), int64(month), int64(day))
	checkTime(int64(hour), int64(minute), int64(second), int64(frac))
	return &Datetime{Date: Date{year, month, day}, H: hour, Mi: minute, S: second, Us: frac, Tz: tz}
}

func isoErr(s string) {
	rt.Raisef(rt.ValueError, "Invalid isoformat string: ", rt.StrRepr(s))
}

func digits(s string, n int) (int, bool) {
	if len(s) < n {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// parseISODatePart parses YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]
// at the start of s and returns the date and its length.
func parseISODatePart(s, orig string) (int, int, int, int) {
	y, ok := digits(s, 4)
	if !ok {
		isoErr(orig)
	}
	ext := len(s) > 4 && s[4] == '-'
	p := 4
	if ext {
		p++
	}
	if p < len(s) && s[p] == 'W' {
		p++
		w, ok := digits(s[p:], 2)
		if !ok {
			isoErr(orig)
		}
		p += 2
		wd := 1
		if ext && p < len(s) && s[p] == '-' {
			if v, ok := digits(s[p+1:], 1); ok {
				wd, p = v, p+2
			}
		} else if !ext {
			if v, ok := digits(s[p:], 1); ok {
				wd, p = v, p+1
			}
		}
		if w < 1 || w > 53 {
			rt.Raisef(rt.ValueError, "Invalid week: ", stdutil.Itoa(w))
		}
		if wd < 1 || wd > 7 {
			rt.Raisef(rt.ValueError, "Invalid weekday: ", stdutil.Itoa(wd))
		}
		o := isoWeek1Monday(y) + (w-1)*7 + wd - 1
		d := dateFromOrdinal(o)
		return d.Y, d.M, d.D, p
	}
	m, ok := digits(s[p:], 2)
	if !ok {
		isoErr(orig)
	}
	p += 2
	if ext {
		if p >= len(s) || s[p] != '-' {
			isoErr(orig)
		}
		p++
	}
	d, ok := digits(s[p:], 2)
	if !ok {
		isoErr(orig)
	}
	return y, m, d, p + 2
}

// ParseISODate is date.fromisoformat(s).
func ParseISODate(s string) *Date {
	y, m, d, n := parseISODatePart(s, s)
	if n != len(s) {
		isoErr(s)
	}
	checkDate(int64(y), int64(m), int64(d))
	return &Date{y, m, d}
}

// parseISOTime parses HH[:MM[:SS[.f+]]] (or the basic form) followed by an
// optional UTC offset.
func parseISOTime(t, orig string) (h, mi, sec, us int, tz *Timezone) {
	tzPos := strings.IndexAny(t, "+-Zz")
	tpart, zpart := t, ""
	if tzPos >= 0 {
		tpart, zpart = t[:tzPos], t[tzPos:]
	}
	h, mi, sec, us, ok := parseHMS(tpart)
	if !ok {
		isoErr(orig)
	}
	if zpart != "" {
		if zpart == "Z" || zpart == "z" {
			tz = UTC
		} else {
			zh, zm, zs, zus, ok := parseHMS(zpart[1:])
			if !ok {
				isoErr(orig)
			}
			off := int64(zh*3600+zm*60+zs)*usPerSecond + int64(zus)
			if zpart[0] == '-' {
				off = -off
			}
			if off <= -usPerDay || off >= usPerDay {
				isoErr(orig)
			}
			tz = NewTimezone(tdFromMicro64(off), nil)
		}
	}
	return
}

func parseHMS(s string) (h, m, sec, us int, ok bool) {
	if len(s) < 2 {
		return 0, 0, 0, 0, false
	}
	var good bool
	if h, good = digits(s, 2); !good {
		return
	}
	p := 2
	ext := len(s) > 2 && s[2] == ':'
	for field := 1; field <= 2 && p < len(s); field++ {
		if ext {
			if s[p] != ':' {
				break
			}
			p++
		}
		v, good := digits(s[p:], 2)
		if !good {
			return 0, 0, 0, 0, false
		}
		p += 2
		if field == 1 {
			m = v
		} else {
			sec = v
		}
	}
	if p < len(s) && (s[p] == '.' || s[p] == ',') {
		p++
		n := 0
		for p+n < len(s) && s[p+n] >= '0' && s[p+n] <= '9' {
			n++
		}
		if n == 0 {
			return 0, 0, 0, 0, false
		}
		f := s[p : p+min(n, 6)]
		us, _ = strconv.Atoi(f + strings.Repeat("0", 6-len(f)))
		p += n
	}
	if p != len(s) {
		return 0, 0, 0, 0, false
	}
	if h > 23 || m > 59 || sec > 59 {
		checkTime(int64(h), int64(m), int64(sec), int64(us))
	}
	return h, m, sec, us, true
}

// ParseISODatetime is datetime.fromisoformat(s).
func ParseISODatetime(s string) *Datetime {
	y, m, d, n := parseISODatePart(s, s)
	checkDate(int64(y), int64(m), int64(d))
	dt := &Datetime{Date: Date{y, m, d}}
	if n == len(s) {
		return dt
	}
	rest := s[n+1:]
	if len(rest) == 0 {
		isoErr(s)
	}
	dt.H, dt.Mi, dt.S, dt.Us, dt.Tz = parseISOTime(rest, s)
	return dt
}
