package datetime

import "github.com/genvm-go/genvm/rt"

// Module returns a fresh datetime module.
func Module() *rt.Module {
	m := rt.NewModule("datetime")
	m.Set("MINYEAR", rt.IntFromInt64(minYear))
	m.Set("MAXYEAR", rt.IntFromInt64(maxYear))
	m.Set("date", DateType)
	m.Set("datetime", DatetimeType)
	m.Set("time", TimeType)
	m.Set("timedelta", TimedeltaType)
	m.Set("timezone", TimezoneType)
	m.Set("tzinfo", TzinfoType)
	m.Set("UTC", UTC)
	return m
}
