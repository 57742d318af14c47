package pybench

import (
	"os"
	"slices"
	"strings"
	"time"
)

// LoadAvg returns the machine's 1, 5 and 15 minute load averages as
// /proc/loadavg gives them ("unknown" elsewhere): ratio reports state the
// load they were measured under.
func LoadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// Median returns the median of d (the upper one of an even count); d is
// left unchanged. It panics on an empty d.
func Median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
