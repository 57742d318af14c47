package rt

// Module is a Python module object (json, math, ...). Modules are built fresh
// for every transaction and every nondet block by their constructor, so that
// a contract rebinding a module attribute (json.loads = ...) affects only the
// block that did it, as in GenVM's fresh interpreters.
type Module struct {
	Name  string
	attrs map[string]Value
	order []string // attribute names in definition order, for dir()
}

// ModuleType is the class of modules.
var ModuleType = finalClass("module")

// NewModule returns an empty module.
func NewModule(name string) *Module { return &Module{Name: name, attrs: map[string]Value{}} }

// Class returns module.
func (*Module) Class() *Class { return ModuleType }

// Set binds a module attribute.
func (m *Module) Set(name string, v Value) {
	if _, ok := m.attrs[name]; !ok {
		m.order = append(m.order, name)
	}
	m.attrs[name] = v
}

// Get returns a module attribute.
func (m *Module) Get(name string) (Value, bool) {
	v, ok := m.attrs[name]
	return v, ok
}

// Func binds a Go function as a module attribute.
func (m *Module) Func(name string, fn BuiltinFunc) { m.Set(name, &Builtin{Name: name, Fn: fn}) }

// Names returns the attribute names in definition order.
func (m *Module) Names() []string { return append([]string(nil), m.order...) }

func init() {
	ModuleType.Bases = []*Class{ObjectType}
	ModuleType.MRO = []*Class{ModuleType, ObjectType}
	ModuleType.Slots.GetAttr = func(v Value, name string) (Value, bool) { return v.(*Module).Get(name) }
	ModuleType.Slots.SetAttr = func(v Value, name string, val Value) bool { v.(*Module).Set(name, val); return true }
	ModuleType.Slots.Repr = func(v Value) string { return "<module '" + v.(*Module).Name + "'>" }
}
