package gen

import "github.com/genvm-go/genvm/rt"

// classInfo is what gen knows about a class beyond rt's view of it. It is
// kept in the class itself (rt.Class.Ext), never in a map keyed by the
// class: every sub-VM re-runs the module body and makes new classes, which
// must die with the sub-VM's state instead of accumulating for the rest of
// the transaction.
type classInfo struct {
	user       bool                // made by MakeClass, or an SDK class user classes may extend
	frozen     bool                // @dataclass(frozen=True)
	dc         *dcSpec             // @dataclass fields, nil if not a dataclass
	event      *eventSpec          // an initialised gl.Event subclass, else nil
	onSubclass func(cls *rt.Class) // the SDK's __init_subclass__ of this base, if any
}

// infoOf returns c's classInfo, nil when gen never recorded anything.
func infoOf(c *rt.Class) *classInfo {
	ci, _ := c.Ext.(*classInfo)
	return ci
}

// info returns c's classInfo, creating it.
func info(c *rt.Class) *classInfo {
	if ci := infoOf(c); ci != nil {
		return ci
	}
	if c.Ext != nil {
		panic("gen: class " + c.Name + " carries another package's Ext")
	}
	ci := &classInfo{}
	c.Ext = ci
	return ci
}

// isUser reports whether c was made by MakeClass (or is an SDK class user
// classes may extend).
func isUser(c *rt.Class) bool {
	ci := infoOf(c)
	return ci != nil && ci.user
}

// dcSpecOf returns the @dataclass spec of exactly c, or nil.
func dcSpecOf(c *rt.Class) *dcSpec {
	if ci := infoOf(c); ci != nil {
		return ci.dc
	}
	return nil
}
