package fuel

import (
	"errors"
	"testing"
)

func catch(f func()) (e *Exhausted) {
	defer func() {
		if r := recover(); r != nil {
			e = r.(*Exhausted)
		}
	}()
	f()
	return nil
}

func TestChargeExhaustsExactly(t *testing.T) {
	Reset(10, 100)
	for range 10 {
		Charge(1)
	}
	if Used() != 10 || Remaining() != 0 {
		t.Fatalf("used %d remaining %d", Used(), Remaining())
	}
	e := catch(func() { Charge(1) })
	if e == nil || e.Kind != OutOfFuel || e.VMError() != "timeout" {
		t.Fatalf("got %v", e)
	}
	// stays exhausted
	if catch(func() { Charge(1) }) == nil {
		t.Fatal("charge after exhaustion succeeded")
	}
}

func TestChargeSizeSaturates(t *testing.T) {
	Reset(^uint64(0), 100)
	if e := catch(func() { ChargeSize(1<<40, 1<<40) }); e == nil || e.Kind != OutOfFuel {
		t.Fatalf("overflowing charge: %v", e)
	}
	Reset(100, 100)
	ChargeSize(3, 33)
	if Used() != 99 {
		t.Fatalf("used %d", Used())
	}
}

func TestAlloc(t *testing.T) {
	Reset(100, 64)
	Alloc(64)
	e := catch(func() { Alloc(1) })
	if e == nil || e.Kind != OutOfMemory || e.VMError() != "OOM" || MemoryUsed() != 64 {
		t.Fatalf("got %v used %d", e, MemoryUsed())
	}
	var err error = e
	var ex *Exhausted
	if !errors.As(err, &ex) {
		t.Fatal("not an error")
	}
}

func BenchmarkCharge(b *testing.B) {
	b.ReportAllocs()
	Reset(^uint64(0), 0)
	for b.Loop() {
		Charge(3)
	}
}
