package gen

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/result"
)

// This file is gl.Event (genlayer.py._internal.event and gl.events) and
// gl.advanced.emit_raw_event. A subclass declares its indexed fields as
// the positional-only parameters of __init__ (and **blob for the rest);
// InitEventClass replaces that __init__ as the SDK's __init_subclass__
// does, and Event.emit sends {"EmitEvent": {"topics", "blob"}}.

// EventBase is gl.Event.
var EventBase = rt.NewClass("Event", "genlayer.py._internal.event")

// eventSpec is what InitEventClass computed for a subclass.
type eventSpec struct{ ev result.Event }

// RunSubclassHooks runs the SDK's __init_subclass__ for cls: the hook
// (classInfo.onSubclass) of every class in cls's MRO other than cls, nearest
// base first. MakeClass calls it on every class it creates.
func RunSubclassHooks(cls *rt.Class) {
	for _, b := range cls.MRO[1:] {
		if ci := infoOf(b); ci != nil && ci.onSubclass != nil {
			ci.onSubclass(cls)
		}
	}
}

func init() {
	ci := info(EventBase)
	ci.user, ci.onSubclass = true, InitEventClass
	sig := &Sig{Names: []string{"self"}, NPos: 1}
	EventBase.Attrs["__init__"] = NewFunction("__init__", "Event.__init__", sig, nil, nil, func(a []rt.Value) rt.Value {
		rt.Raise(rt.NotImplementedError, "")
		return nil
	})
	EventBase.Attrs["emit"] = NewFunction("emit", "Event.emit", sig, nil, nil, func(a []rt.Value) rt.Value {
		emitEvent(a[0])
		return rt.None
	})
	EventBase.AttrOrder = append(EventBase.AttrOrder, "__init__", "emit")
	installSlots(EventBase)
	sdkValues["genlayer.gl.Event"] = EventBase
	sdkValues["genlayer.gl.advanced.emit_raw_event"] = emitRawEvent
}

// InitEventClass is the SDK's Event._do_init for a new subclass cls: it
// reads the indexed fields from the signature of the class's own __init__,
// replaces __init__ by one that builds the event's blob (positional values
// zipped onto the SORTED indexed names, GenVM's quirk), and sets the class
// attributes name, signature and indexed.
func InitEventClass(cls *rt.Class) {
	a, _, _ := lookupUser(cls, "__init__")
	init, ok := a.(*Function)
	if !ok || a == EventBase.Attrs["__init__"] {
		rt.Raise(rt.TypeError, "event class must define __init__")
	}
	s := init.Sig
	for i, n := range s.Names {
		switch {
		case i == 0:
			if n != "self" {
				rt.Raise(rt.TypeError, "first argument must be `self`")
			}
		case i < s.PosOnly:
		case i < s.NPos:
			rt.Raise(rt.TypeError, "specify `/` after indexed fields")
		case s.VarArgs && i == s.NPos:
			rt.Raise(rt.TypeError, "`*args` is forbidden")
		case s.KwOnly > 0 && i < len(s.Names)-boolInt(s.VarKw):
			rt.Raise(rt.TypeError, "keyword-only arguments are forbidden")
		}
	}
	var indexed []string
	if s.PosOnly > 1 {
		indexed = s.Names[1:s.PosOnly]
	}
	name := cls.Name
	if n, _, ok := lookupUser(cls, "name"); ok {
		nm, isStr := n.(string)
		if !isStr {
			rt.Raisef(rt.TypeError, "event name must be str, not ", rt.TypeName(n))
		}
		name = nm
	}
	spec := &eventSpec{result.NewEvent(name, indexed)}
	info(cls).event = spec
	names := make([]rt.Value, len(spec.ev.Indexed))
	for i, n := range spec.ev.Indexed {
		names[i] = n
	}
	set := func(k string, v rt.Value) {
		if _, dup := cls.Attrs[k]; !dup {
			cls.AttrOrder = append(cls.AttrOrder, k)
		}
		cls.Attrs[k] = v
	}
	set("name", name)
	set("signature", spec.ev.Signature())
	set("indexed", rt.NewTuple(names...))
	sig := &Sig{Names: []string{"self", "args", "kwargs"}, NPos: 1, VarArgs: true, VarKw: true}
	set("__init__", NewFunction("__init__", cls.QualName+".__init__", sig, nil, nil, func(a []rt.Value) rt.Value {
		self := a[0].(*Instance)
		args := a[1].(*rt.Tuple).Items
		blob := a[2].(*rt.Dict)
		if len(args) != len(spec.ev.Indexed) {
			rt.Raise(rt.TypeError, "indexed fields mismatch, expected "+rt.Repr(rt.NewTuple(names...))+
				", but got "+itoa(len(args))+" positional arguments")
		}
		for i, n := range spec.ev.Indexed {
			if _, ok := blob.Get(n); ok {
				rt.Raise(rt.TypeError, "indexed field `"+n+"` must not be present in blob")
			}
			blob.Set(n, args[i])
		}
		self.Set("_blob", blob)
		return rt.None
	}))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// emitEvent is Event.emit: topic 0 is keccak256 of the signature, then
// one topic per indexed field (its calldata encoding, zero-padded to 32
// bytes, or its keccak256 when longer); the blob is every field.
func emitEvent(self rt.Value) {
	var spec *eventSpec
	if ci := infoOf(rt.TypeOf(self)); ci != nil {
		spec = ci.event
	}
	if spec == nil {
		rt.Raise(rt.NotImplementedError, "")
	}
	b := rt.GetAttr(self, "_blob")
	blob, ok := ToCalldata(b).(calldata.Map)
	if !ok {
		rt.Raise(rt.TypeError, "event blob is not a dict")
	}
	topics, err := spec.ev.Topics(blob)
	if err != nil {
		if pe, ok := err.(*result.PyError); ok {
			rt.Raise(classByName(pe.Kind), pe.Msg)
		}
		rt.Raise(rt.TypeError, err.Error())
	}
	ts := make([]calldata.Value, len(topics))
	for i := range topics {
		ts[i] = topics[i][:]
	}
	emitRaw(ts, blob)
}

// emitRawEvent is gl.advanced.emit_raw_event(topics, blob).
var emitRawEvent = builtinFunc("genlayer.gl.advanced", "emit_raw_event", &Sig{Names: []string{"topics", "blob"}, NPos: 2}, nil, nil,
	func(a []rt.Value) rt.Value {
		ts, ok := ToCalldata(a[0]).([]calldata.Value)
		if !ok {
			rt.Raise(rt.SystemError, "2: inval")
		}
		emitRaw(ts, ToCalldata(a[1]))
		return rt.None
	})

// emitRaw sends an EmitEvent request after GenVM's WASI checks (at most
// result.MaxTopics topics of 32 bytes each, a map blob; else errno inval).
func emitRaw(topics []calldata.Value, blob calldata.Value) {
	e := env()
	checkSend()
	_, isMap := blob.(calldata.Map)
	if len(topics) > result.MaxTopics || !isMap {
		rt.Raise(rt.SystemError, "2: inval")
	}
	for _, t := range topics {
		if b, ok := t.([]byte); !ok || len(b) != 32 {
			rt.Raise(rt.SystemError, "2: inval")
		}
	}
	e.Conn.GLCallEffect(calldata.Map{{Key: "EmitEvent", Value: calldata.Map{
		{Key: "blob", Value: blob},
		{Key: "topics", Value: topics},
	}}})
}
