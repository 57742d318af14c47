package ir

import "github.com/genvm-go/genvm/frontend"

// ScopeKind is the kind of a Python scope.
type ScopeKind uint8

// Scope kinds.
const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope // def, lambda
	ComprehensionScope
)

// SymKind classifies a name inside its scope, as CPython's symtable does.
type SymKind uint8

// Symbol kinds.
const (
	SymLocal     SymKind = iota // bound in a function scope and not captured
	SymCell                     // bound in a function scope and captured by an inner scope (a cell)
	SymGlobal                   // bound at module level
	SymClassAttr                // bound in a class body
)

func (k SymKind) String() string {
	return [...]string{"local", "cell", "global", "class"}[k]
}

// Scope is one Python scope.
type Scope struct {
	Kind     ScopeKind
	Name     string
	Node     frontend.Node // *frontend.Module, *ClassDef, *FunctionDef, *Lambda or a comprehension
	Parent   *Scope
	Children []*Scope
	Syms     map[string]*Symbol
	Order    []string // symbol names in binding order
	Func     *Func    // FunctionScope
	Class    *Class   // ClassScope

	globals   map[string]bool
	nonlocals map[string]bool
	// bindings of names declared nonlocal, moved to their owner on resolution
	pendingNonlocal map[string][]Def
	// Free lists the names this scope reads from enclosing function scopes
	// (its free variables, including those only passed through to inner scopes).
	Free []string
	free map[string]bool
}

// Symbol is a name bound in a scope.
type Symbol struct {
	Name  string
	Scope *Scope
	Kind  SymKind
	Param bool
	Defs  []Def

	ent     Entity // memo of symEntity
	entDone bool
}

// DefKind is how a binding was made.
type DefKind uint8

// Binding kinds.
const (
	DefAssign DefKind = iota // assignment (Value set for a plain `name = value`)
	DefParam
	DefFunc
	DefClass
	DefImport // Path holds the imported dotted path
	DefOther  // for/with/except/del targets, walrus, tuple unpacking
)

// Def is one binding of a symbol.
type Def struct {
	Kind  DefKind
	Node  frontend.Node
	Value frontend.Expr // DefAssign: the assigned value when the target is the bare name
	Ann   frontend.Expr // annotated assignment or parameter annotation
	Path  string        // DefImport
	Iter  frontend.Expr // for/comprehension targets: the iterable
	// Unpack is the position of the name inside a tuple/list target
	// (a, (b, c)) = v gives c the path [1 1]; -1 marks a starred name.
	// Values are then taken from Value (assignments) or Iter's elements.
	Unpack []int
	Src    frontend.Expr // unpacking assignment: the assigned value
	Func   *Func         // DefFunc
	Class  *Class        // DefClass
}

// RefKind is how a name occurrence is resolved.
type RefKind uint8

// Name resolutions.
const (
	RefUnresolved RefKind = iota // not bound anywhere: NameError at run time (unless a builtin)
	RefLocal
	RefCell   // a local that inner scopes capture
	RefFree   // a variable of an enclosing function, reached through its cell
	RefGlobal // a module-level variable
	RefClass  // a class-body variable (only inside the class body itself)
	RefBuiltin
)

func (k RefKind) String() string {
	return [...]string{"unresolved", "local", "cell", "free", "global", "class", "builtin"}[k]
}

// Ref is the resolution of one *frontend.Name occurrence.
type Ref struct {
	Kind RefKind
	Sym  *Symbol // nil for builtins and unresolved names
}

func (s *Scope) lookupLocal(name string) *Symbol { return s.Syms[name] }

func (s *Scope) bind(name string, d Def) *Symbol {
	if s.Kind != ModuleScope && s.globals[name] {
		root := s
		for root.Parent != nil {
			root = root.Parent
		}
		return root.bind(name, d)
	}
	if s.nonlocals[name] {
		if s.pendingNonlocal == nil {
			s.pendingNonlocal = map[string][]Def{}
		}
		s.pendingNonlocal[name] = append(s.pendingNonlocal[name], d)
		return &Symbol{Name: name, Scope: s, Defs: []Def{d}}
	}
	if s.Syms == nil {
		s.Syms = map[string]*Symbol{}
	}
	sym := s.Syms[name]
	if sym == nil {
		kind := SymLocal
		switch s.Kind {
		case ModuleScope:
			kind = SymGlobal
		case ClassScope:
			kind = SymClassAttr
		}
		sym = &Symbol{Name: name, Scope: s, Kind: kind}
		s.Syms[name] = sym
		s.Order = append(s.Order, name)
	}
	if d.Kind == DefParam {
		sym.Param = true
	}
	sym.Defs = append(sym.Defs, d)
	return sym
}

// isFunctionLike reports whether s owns fast locals (function or comprehension).
func (s *Scope) isFunctionLike() bool { return s.Kind == FunctionScope || s.Kind == ComprehensionScope }

var builtinNames = map[string]bool{}

func init() {
	for _, n := range []string{
		"abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
		"callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod",
		"enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
		"hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
		"list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
		"print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
		"staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__", "__build_class__",
		"None", "True", "False", "Ellipsis", "NotImplemented", "__name__", "__doc__", "__file__",
		"exit", "quit", "copyright", "credits", "license", "__debug__", "__spec__", "__loader__", "__package__", "__builtins__",
	} {
		builtinNames[n] = true
	}
	for _, n := range []string{"Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
		"SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
		"ResourceWarning", "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup", "EnvironmentError",
		"PythonFinalizationError", "IndentationError", "TabError"} {
		builtinNames[n] = true
	}
}

// builtinExceptions is the official linter's W004 list of builtin exception classes.
var builtinExceptions = map[string]bool{}

func init() {
	for _, n := range []string{
		"BaseException", "Exception", "ArithmeticError", "AssertionError",
		"AttributeError", "BlockingIOError", "BrokenPipeError", "BufferError",
		"ChildProcessError", "ConnectionAbortedError", "ConnectionError",
		"ConnectionRefusedError", "ConnectionResetError", "EOFError",
		"FileExistsError", "FileNotFoundError", "FloatingPointError",
		"GeneratorExit", "IOError", "ImportError", "IndexError",
		"InterruptedError", "IsADirectoryError", "KeyError",
		"KeyboardInterrupt", "LookupError", "MemoryError",
		"ModuleNotFoundError", "NameError", "NotADirectoryError",
		"NotImplementedError", "OSError", "OverflowError", "PermissionError",
		"ProcessLookupError", "RecursionError", "ReferenceError",
		"RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError",
		"SystemError", "SystemExit", "TimeoutError", "TypeError",
		"UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
		"UnicodeError", "UnicodeTranslateError", "ValueError",
		"ZeroDivisionError",
	} {
		builtinExceptions[n] = true
		builtinNames[n] = true
	}
}
