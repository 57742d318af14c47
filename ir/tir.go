package ir

import "github.com/genvm-go/genvm/frontend"

// This file defines the typed IR that codegen lowers to Go (see the package
// documentation for the design).

// VarClass is how a variable is stored.
type VarClass uint8

// Variable classes.
const (
	VarLocal      VarClass = iota // a plain local of its function
	VarCell                       // a local captured by inner functions: lives in a cell
	VarFree                       // a variable of an enclosing function, reached through its cell (Outer)
	VarGlobal                     // a module-level variable
	VarClassAttr                  // a class-body variable
	VarBuiltin                    // a builtin name
	VarUnresolved                 // bound nowhere (NameError at run time; C208)
)

func (c VarClass) String() string {
	return [...]string{"local", "cell", "free", "global", "classattr", "builtin", "unresolved"}[c]
}

// Var is a variable. Distinct variables may share a name (a comprehension
// variable and a local of the same function): codegen names them by identity.
type Var struct {
	Name  string
	Class VarClass
	Type  *Type     // annotation, or the type of its only assignment; Dynamic otherwise
	Fn    *Function // owning function for locals, cells and free variables
	Outer *Var      // VarFree: the enclosing function's variable (a cell or itself free)
	Param bool
	// Ent is what the variable statically denotes when every binding agrees
	// (an imported module or SDK name, a function, a class).
	Ent Entity
	Sym *Symbol
}

// ParamDecl is a parameter of an IR function.
type ParamDecl struct {
	Var     *Var
	Kind    ParamKind
	Default Expr // evaluated at definition time in the enclosing function; nil when absent
	// Annot is the parameter's annotation, evaluated at definition time in
	// the enclosing function (after every default, as CPython does). It is
	// lowered only when the function's Annotations is set; nil otherwise or
	// when the parameter has none.
	Annot Expr
}

// Function is an IR function: a def, a method, a lambda, a generator
// expression, or the module's top level (Init).
type Function struct {
	Name, Qual string
	Pos        frontend.Pos
	Src        *Func // the checker's function (nil for Init and generator expressions)
	Parent     *Function
	Params     []*ParamDecl
	Locals     []*Var // params first, then locals and cells in binding order
	Free       []*Var // captured variables, each with Outer set
	Ret        *Type  // the return annotation, or the inferred result of an unannotated function
	Body       []Stmt
	// Nondet: reachable from a nondet block; NondetEntry: passed as one.
	Nondet, NondetEntry bool
	IsLambda, IsGenExpr bool
	// Method is set for the methods of the contract (its class's and those
	// it inherits from user base classes).
	Method *Method
	// Annotations reports that the function object carries CPython's
	// __annotations__ (a dict of the evaluated annotations, set when the def
	// runs): only for the method stubs of the View and Write classes nested
	// in a @gl.evm.contract_interface class, whose annotations the runtime reads
	// to build the ABI (evaluating every function's annotations would cost
	// time per def and could raise on forms the runtime does not model).
	// Then each ParamDecl's Annot and RetAnnot are lowered.
	Annotations bool
	// RetAnnot is the return annotation when Annotations is set (nil when
	// absent).
	RetAnnot Expr

	freeBySym map[*Symbol]*Var
}

// ClassDecl is a class statement.
type ClassDecl struct {
	Class   *Class
	Pos     frontend.Pos
	Bases   []Expr
	Decos   []Expr
	Attrs   []*Var // class-body variables
	Body    []Stmt // the class body (field declarations, assignments, method definitions)
	Methods []*Function
}

// Program is the typed IR of one module.
type Program struct {
	Module   *Module
	Init     *Function // module-level code; its locals are the globals
	Globals  []*Var
	Funcs    []*Function // every function, in source order
	Classes  []*ClassDecl
	Contract *Contract
	// Events and Interfaces model the gl.Event subclasses and the contract
	// interface classes (see EventDecl, InterfaceDecl).
	Events     []*EventDecl
	Interfaces []*InterfaceDecl
}

// ---- statements ----

// Stmt is an IR statement.
type Stmt interface{ stmtPos() frontend.Pos }

type stmtBase struct{ Pos frontend.Pos }

func (s *stmtBase) stmtPos() frontend.Pos { return s.Pos }

type (
	// ExprStmt evaluates X for its effects.
	ExprStmt struct {
		stmtBase
		X Expr
	}
	// Assign stores Value into each target (left to right). Targets are
	// *VarRef, *AttrExpr, *IndexExpr, or *TupleLit/*ListLit of targets
	// (unpacking, possibly with one *StarredExpr).
	Assign struct {
		stmtBase
		Targets []Expr
		Value   Expr
		Ann     *Type // annotated assignment: the declared type
	}
	// AugAssign is Target Op= Value (Target evaluated once).
	AugAssign struct {
		stmtBase
		Target Expr
		Op     frontend.Operator
		Value  Expr
	}
	// Declare is an annotated name without value (`x: T`): a class field
	// or a local declaration.
	Declare struct {
		stmtBase
		Var  *Var
		Type *Type
	}
	// If is if/elif/else (elif chains nest in Else).
	If struct {
		stmtBase
		Cond       Expr
		Then, Else []Stmt
	}
	// While is a while loop; Else runs when the loop ends without break.
	While struct {
		stmtBase
		Cond       Expr
		Body, Else []Stmt
	}
	// For is a for loop over Iter, storing each item into Target; Else runs
	// when the loop ends without break.
	For struct {
		stmtBase
		Target     Expr
		Iter       Expr
		Body, Else []Stmt
	}
	// Return returns Value from the function.
	Return struct {
		stmtBase
		Value Expr // nil: return None
	}
	// Raise raises Exc (with __cause__ Cause when set).
	Raise struct {
		stmtBase
		Exc, Cause Expr // Exc nil: re-raise
	}
	// Handler is one except clause of a Try.
	Handler struct {
		Pos  frontend.Pos
		Type Expr // nil: bare except
		Var  *Var // nil when absent; unbound after the handler, as in Python
		Body []Stmt
	}
	// Try is try/except/else/finally.
	Try struct {
		stmtBase
		Body     []Stmt
		Handlers []*Handler
		Else     []Stmt
		Finally  []Stmt
	}
	// WithItem is one context manager of a With.
	WithItem struct {
		Ctx    Expr
		Target Expr // nil when absent
	}
	// With is a with statement.
	With struct {
		stmtBase
		Items []WithItem
		Body  []Stmt
	}
	// Break leaves the innermost loop.
	Break struct{ stmtBase }
	// Continue starts the next iteration of the innermost loop.
	Continue struct{ stmtBase }
	// Delete deletes each target (a variable, attribute or item).
	Delete struct {
		stmtBase
		Targets []Expr
	}
	// Assert raises AssertionError(Msg) when Test is false.
	Assert struct {
		stmtBase
		Test, Msg Expr
	}
	// DefStmt creates Fn (evaluating Defaults and Decorators in the
	// enclosing function) and binds it to Var.
	DefStmt struct {
		stmtBase
		Fn         *Function
		Var        *Var
		Decorators []Expr
	}
	// ClassStmt creates a class and binds it to Var.
	ClassStmt struct {
		stmtBase
		Class *ClassDecl
		Var   *Var
	}
	// Import binds Var to the module or module member at Path.
	Import struct {
		stmtBase
		Var  *Var
		Path string
		Star bool // one of the names of a `from M import *`
	}
	// Unsupported stands for a construct the compiler rejects (a C2xx
	// diagnostic was reported); Node is the original statement.
	Unsupported struct {
		stmtBase
		Node frontend.Node
	}
)

// ---- expressions ----

// Expr is an IR expression; every expression has a position and a static type.
type Expr interface {
	ExprPos() frontend.Pos
	ExprType() *Type
}

type exprBase struct {
	Pos frontend.Pos
	T   *Type
}

func (e *exprBase) ExprPos() frontend.Pos { return e.Pos }
func (e *exprBase) ExprType() *Type       { return e.T }

// CallKind says what a call calls, when known statically.
type CallKind uint8

// Call kinds.
const (
	CallDynamic CallKind = iota // a value known only at run time
	CallFunc                    // a user function (Func)
	CallMethod                  // a method of a known user class on a receiver (Func; Fn is the *AttrExpr)
	CallClass                   // instantiation of a user class (Class)
	CallSDK                     // an SDK function or class (SDK)
	CallModule                  // a member of a Python module (Path, e.g. "json.loads")
	CallBuiltin                 // a builtin (Path, e.g. "builtins.len")
)

type (
	// Const is a literal.
	Const struct {
		exprBase
		Value any // as frontend.Constant.Value
	}
	// VarRef reads (or, as a target, writes) a variable.
	VarRef struct {
		exprBase
		Var *Var
	}
	// SDKRef is a resolved SDK name (gl.nondet.exec_prompt, u256, ...).
	SDKRef struct {
		exprBase
		Path string
		SDK  *SDKEntry // nil for unmodelled members of open namespaces
	}
	// ModRef is a resolved member of a Python module (json.loads, typing.Any).
	ModRef struct {
		exprBase
		Path string
	}
	// AttrExpr is X.Name. When X's static type is a user class, Field is the
	// annotated field named Name (for the contract: a storage field, whose
	// layout is in Program.Contract.Fields) or Method the method.
	AttrExpr struct {
		exprBase
		X      Expr
		Name   string
		Field  *Field
		Method *Function
	}
	// IndexExpr is X[Index].
	IndexExpr struct {
		exprBase
		X, Index Expr
	}
	// SliceExpr is lo:hi:step inside a subscript.
	SliceExpr struct {
		exprBase
		Lo, Hi, Step Expr // nil when absent
	}
	// Keyword is one keyword argument of a Call.
	Keyword struct {
		Name  string // "" for **mapping
		Value Expr
	}
	// Call calls Fn; Kind and Func/Class/SDK/Path say what it calls when known.
	Call struct {
		exprBase
		Fn    Expr
		Args  []Expr // may contain *StarredExpr
		Kw    []Keyword
		Kind  CallKind
		Func  *Function
		Class *Class
		SDK   *SDKEntry
		Path  string
	}
	// Binary is L Op R; its type is the result's static type.
	Binary struct {
		exprBase
		Op   frontend.Operator
		L, R Expr
	}
	// Unary is Op X.
	Unary struct {
		exprBase
		Op frontend.UnaryOpKind
		X  Expr
	}
	// BoolOpExpr is `and`/`or` over Values (short-circuit, yields an operand).
	BoolOpExpr struct {
		exprBase
		Op     frontend.BoolOpKind
		Values []Expr
	}
	// Compare is a comparison chain: Operands has len(Ops)+1 elements.
	Compare struct {
		exprBase
		Ops      []frontend.CmpOp
		Operands []Expr
	}
	// CondExpr is Then if Cond else Else.
	CondExpr struct {
		exprBase
		Cond, Then, Else Expr
	}
	// ListLit is a list display (elements may be *StarredExpr).
	ListLit struct {
		exprBase
		Elts []Expr
	}
	// TupleLit is a tuple display.
	TupleLit struct {
		exprBase
		Elts []Expr
	}
	// SetLit is a set display.
	SetLit struct {
		exprBase
		Elts []Expr
	}
	// DictLit is a dict display.
	DictLit struct {
		exprBase
		Keys   []Expr // nil key: **Values[i] unpacking
		Values []Expr
	}
	// CompFor is one for clause of a comprehension.
	CompFor struct {
		Target Expr
		Iter   Expr
		Ifs    []Expr
	}
	// Comp is a comprehension. Kind is "list", "set", "dict" or "gen".
	// List, set and dict comprehensions are inlined in their function (their
	// variables are locals of it, distinct from same-named ones); a generator
	// expression is a function of its own (Fn) whose first iterable is
	// evaluated outside.
	Comp struct {
		exprBase
		Kind       string
		Elt        Expr // list, set, gen
		Key, Value Expr // dict
		Gens       []CompFor
		Fn         *Function
	}
	// LambdaExpr creates the closure of Fn.
	LambdaExpr struct {
		exprBase
		Fn *Function
	}
	// FString is an f-string: *Const str parts and *FormatValue parts.
	FString struct {
		exprBase
		Parts []Expr
	}
	// FormatValue is one replacement field of an f-string.
	FormatValue struct {
		exprBase
		X    Expr
		Conv int  // -1, 's', 'r', 'a'
		Spec Expr // nil or *FString
	}
	// NamedExpr is Target := Value.
	NamedExpr struct {
		exprBase
		Target *VarRef
		Value  Expr
	}
	// StarredExpr is *X in calls, displays and unpacking targets.
	StarredExpr struct {
		exprBase
		X Expr
	}
	// BadExpr stands for an unsupported expression (await, yield).
	BadExpr struct {
		exprBase
		Node frontend.Node
	}
)
