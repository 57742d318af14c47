package storage

import "math/big"

// DateTime is the stored form of datetime.datetime: a 25-byte record
// {seconds u64, micros u32, has_tz bool, off_days i32, off_seconds i32,
// off_micros i32}. Seconds is int(dt.timestamp()) (see PyTimestampSeconds);
// the offset fields are the tz's utcoffset() split as timedelta does.
type DateTime struct {
	Seconds    uint64
	Micros     uint32
	HasTZ      bool
	OffDays    int32
	OffSeconds int32
	OffMicros  int32
}

// DateTimeDesc is datetime.datetime.
type DateTimeDesc struct{ plainLayout }

// Time is the datetime.datetime descriptor.
var Time = DateTimeDesc{25}

func (DateTimeDesc) Get(l Loc) (DateTime, error) {
	var d DateTime
	var err error
	if d.Seconds, err = U64.Get(l); err != nil {
		return d, err
	}
	var m uint64
	if m, err = U32.Get(l.At(8)); err != nil {
		return d, err
	}
	d.Micros = uint32(m)
	if d.HasTZ, err = Bool.Get(l.At(12)); err != nil {
		return d, err
	}
	var x int64
	if x, err = I32.Get(l.At(13)); err != nil {
		return d, err
	}
	d.OffDays = int32(x)
	if x, err = I32.Get(l.At(17)); err != nil {
		return d, err
	}
	d.OffSeconds = int32(x)
	if x, err = I32.Get(l.At(21)); err != nil {
		return d, err
	}
	d.OffMicros = int32(x)
	return d, nil
}

// Set writes seconds, micros and has_tz, and the three offset fields only
// when HasTZ (a naive datetime leaves them as they were, as the SDK does).
func (DateTimeDesc) Set(l Loc, d DateTime) error {
	if err := U64.Set(l, d.Seconds); err != nil {
		return err
	}
	if err := U32.Set(l.At(8), uint64(d.Micros)); err != nil {
		return err
	}
	if err := Bool.Set(l.At(12), d.HasTZ); err != nil {
		return err
	}
	if !d.HasTZ {
		return nil
	}
	if err := I32.Set(l.At(13), int64(d.OffDays)); err != nil {
		return err
	}
	if err := I32.Set(l.At(17), int64(d.OffSeconds)); err != nil {
		return err
	}
	return I32.Set(l.At(21), int64(d.OffMicros))
}

// SetTimestamp stores a datetime given int(dt.timestamp()) as a signed
// value; a negative timestamp is an OverflowError as in the SDK (u64 field).
func (t DateTimeDesc) SetTimestamp(l Loc, seconds int64, d DateTime) error {
	if seconds < 0 {
		return overflow(msgNegative)
	}
	d.Seconds = uint64(seconds)
	return t.Set(l, d)
}

// PyTimestampSeconds returns int(dt.timestamp()) for an aware datetime that
// is totalMicros microseconds after the epoch: CPython divides the integer
// microseconds by 10**6 (correctly rounded) and int() truncates toward zero.
func PyTimestampSeconds(totalMicros int64) int64 {
	f, _ := new(big.Rat).SetFrac64(totalMicros, 1_000_000).Float64()
	return int64(f)
}

// PyNaiveTimestampSeconds is int(dt.timestamp()) for a naive datetime whose
// local time (UTC in GenVM) is secs seconds plus micros microseconds after
// the epoch: CPython computes (double)secs + micros / 1e6.
func PyNaiveTimestampSeconds(secs int64, micros int) int64 {
	return int64(float64(secs) + float64(micros)/1e6)
}
