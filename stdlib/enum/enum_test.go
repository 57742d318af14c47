package enum

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/json"
)

const setup = `
import enum, json
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    BLUE = 3
class Level(enum.IntEnum):
    LOW = 10
    HIGH = 20
class Mode(enum.StrEnum):
    FAST = enum.auto()
    SLOW = 'slow!'
class Status(str, enum.Enum):
    OK = 'ok'
    BAD = 'bad'
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
`

func TestEnumMatchesCPython(t *testing.T) {
	i := rt.IntFromInt64
	color := New("Color", "__main__", KindEnum, []string{"RED", "GREEN", "CRIMSON", "BLUE"}, []rt.Value{i(1), i(2), i(1), i(3)})
	level := New("Level", "__main__", KindIntEnum, []string{"LOW", "HIGH"}, []rt.Value{i(10), i(20)})
	mode := New("Mode", "__main__", KindStrEnum, []string{"FAST", "SLOW"}, []rt.Value{Auto(KindStrEnum, "FAST", nil), "slow!"})
	status := New("Status", "__main__", KindStrMixin, []string{"OK", "BAD"}, []rt.Value{"ok", "bad"})
	a1 := Auto(KindEnum, "A", nil)
	auto := New("Auto", "__main__", KindEnum, []string{"A", "B"}, []rt.Value{a1, Auto(KindEnum, "B", []rt.Value{a1})})
	var cases []pycase.Case
	add := func(py string, f func() rt.Value) {
		cases = append(cases, pycase.Case{Py: py, Go: func() string { return rt.Outcome(f) }})
	}
	red := func() rt.Value { return color.Cls.Attrs["RED"] }
	low := func() rt.Value { return level.Cls.Attrs["LOW"] }
	add("Color.RED", red)
	add("str(Color.RED), format(Color.RED), f'{Color.RED}'", func() rt.Value {
		return rt.NewTuple(rt.Str(red()), rt.Format(red(), ""), rt.Format(red(), ""))
	})
	add("Color.RED.name, Color.RED.value", func() rt.Value { return rt.NewTuple(rt.GetAttr(red(), "name"), rt.GetAttr(red(), "value")) })
	add("Color.CRIMSON", func() rt.Value { return color.Cls.Attrs["CRIMSON"] })
	add("Color.CRIMSON is Color.RED", func() rt.Value { return color.Cls.Attrs["CRIMSON"] == red() })
	add("Color(2)", func() rt.Value { return rt.CallClass(color.Cls, []rt.Value{i(2)}, nil) })
	add("Color(5)", func() rt.Value { return rt.CallClass(color.Cls, []rt.Value{i(5)}, nil) })
	add("Color('x')", func() rt.Value { return rt.CallClass(color.Cls, []rt.Value{"x"}, nil) })
	add("Color['BLUE']", func() rt.Value { return color.ByName("BLUE") })
	add("Color['PINK']", func() rt.Value { return color.ByName("PINK") })
	add("list(Color)", func() rt.Value {
		var out []rt.Value
		it := color.Iter()
		for {
			x, ok := it.Next()
			if !ok {
				break
			}
			out = append(out, x)
		}
		return rt.NewList(out)
	})
	add("len(Color)", func() rt.Value { return i(int64(color.Len())) })
	add("list(Color.__members__)", func() rt.Value { return rt.NewList(color.MembersDict().Keys()) })
	add("Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE", func() rt.Value {
		return rt.NewTuple(rt.Compare(rt.OpEQ, red(), i(1)), rt.Compare(rt.OpEQ, red(), red()), rt.Compare(rt.OpNE, red(), color.ByName("BLUE")))
	})
	add("Color.RED < Color.BLUE", func() rt.Value { return rt.Compare(rt.OpLT, red(), color.ByName("BLUE")) })
	add("hash(Color.RED) == hash('RED')", func() rt.Value { return rt.Hash(red()) == rt.HashStr("RED") })
	add("Color.RED in Color, 1 in Color, 7 in Color", func() rt.Value {
		return rt.NewTuple(color.Contains(red()), color.Contains(i(1)), color.Contains(i(7)))
	})
	add("Level.LOW", low)
	add("str(Level.LOW), format(Level.LOW, '05d'), Level.LOW + 1, Level.LOW == 10, Level.LOW < Level.HIGH, hash(Level.LOW) == hash(10)", func() rt.Value {
		return rt.NewTuple(rt.Str(low()), rt.Format(low(), "05d"), rt.Binary(rt.OpAdd, low(), i(1)), rt.Compare(rt.OpEQ, low(), i(10)),
			rt.Compare(rt.OpLT, low(), level.ByName("HIGH")), rt.Hash(low()) == rt.Hash(i(10)))
	})
	add("Level(20)", func() rt.Value { return rt.CallClass(level.Cls, []rt.Value{i(20)}, nil) })
	add("list(Mode)", func() rt.Value { return rt.NewList([]rt.Value{mode.ByName("FAST"), mode.ByName("SLOW")}) })
	add("str(Mode.FAST), Mode.FAST == 'fast', Mode.SLOW.upper()", func() rt.Value {
		return rt.NewTuple(rt.Str(mode.ByName("FAST")), rt.Compare(rt.OpEQ, mode.ByName("FAST"), "fast"), "SLOW!")
	})
	add("str(Status.OK), format(Status.OK), Status.OK == 'ok', Status('bad')", func() rt.Value {
		return rt.NewTuple(rt.Str(status.ByName("OK")), rt.Format(status.ByName("OK"), ""), rt.Compare(rt.OpEQ, status.ByName("OK"), "ok"),
			rt.CallClass(status.Cls, []rt.Value{"bad"}, nil))
	})
	add("list(Auto)", func() rt.Value { return rt.NewList([]rt.Value{auto.ByName("A"), auto.ByName("B")}) })
	add("json.dumps([Level.LOW, Mode.FAST, Status.OK])", func() rt.Value {
		return json.Dumps(rt.NewList([]rt.Value{low(), mode.ByName("FAST"), status.ByName("OK")}))
	})
	add("json.dumps({Level.LOW: 1, Status.OK: 2})", func() rt.Value {
		d := rt.NewDict(0)
		d.Set(low(), i(1))
		d.Set(status.ByName("OK"), i(2))
		return json.Dumps(d)
	})
	add("json.dumps({Color.RED: 1})", func() rt.Value {
		d := rt.NewDict(0)
		d.Set(red(), i(1))
		return json.Dumps(d)
	})
	add("json.dumps(Color.RED)", func() rt.Value { return json.Dumps(red()) })
	pycase.CheckWithSetup(t, setup, cases)
}
