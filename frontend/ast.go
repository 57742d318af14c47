package frontend

import "math/big"

// Pos is the source span of a node exactly as CPython records it: 1-based
// lines and 0-based columns counted in UTF-8 bytes of the decoded source
// (after newline normalisation). The end is exclusive.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Span returns the node's position; every positioned node has it through
// the embedded Pos.
func (p Pos) Span() Pos { return p }

// Node is any positioned AST node.
type Node interface {
	Span() Pos
}

// Expr is an expression node (CPython's ast.expr).
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node (CPython's ast.stmt).
type Stmt interface {
	Node
	stmtNode()
}

// Pattern is a match-statement pattern (CPython's ast.pattern).
type Pattern interface {
	Node
	patternNode()
}

// TypeParam is a PEP 695 type parameter (CPython's ast.type_param).
type TypeParam interface {
	Node
	typeParamNode()
}

// Module is the root of a parsed file. TypeIgnores is always empty: type
// comments are not parsed (as with ast.parse without type_comments=True).
type Module struct {
	Body []Stmt
}

// ---- statements ----

// FunctionDef is `def` (and, with IsAsync, `async def`: CPython's AsyncFunctionDef).
// Returns is nil when absent. TypeComment is never set.
type FunctionDef struct {
	Pos
	IsAsync       bool
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
	TypeParams    []TypeParam
}

// ClassDef is a class statement.
type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
	TypeParams    []TypeParam
}

// Return is `return [value]`; Value is nil when absent.
type Return struct {
	Pos
	Value Expr
}

// Delete is `del targets`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `t1 = t2 = value`.
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// TypeAlias is the PEP 695 `type Name[params] = value` statement; Name is a *Name in Store context.
type TypeAlias struct {
	Pos
	Name       Expr
	TypeParams []TypeParam
	Value      Expr
}

// AugAssign is `target op= value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `target: annotation [= value]`. Simple is 1 when the target
// is a bare name not in parentheses.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     int
}

// For is `for` (IsAsync: `async for`, CPython's AsyncFor).
type For struct {
	Pos
	IsAsync bool
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Orelse  []Stmt
}

// While is a while loop.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an if statement; elif chains nest in Orelse.
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with` (IsAsync: `async with`, CPython's AsyncWith).
type With struct {
	Pos
	IsAsync bool
	Items   []*WithItem
	Body    []Stmt
}

// Match is a match statement.
type Match struct {
	Pos
	Subject Expr
	Cases   []*MatchCase
}

// Raise is `raise [exc [from cause]]`.
type Raise struct {
	Pos
	Exc   Expr
	Cause Expr
}

// Try is try/except/else/finally; IsStar marks `except*` (CPython's TryStar).
type Try struct {
	Pos
	IsStar    bool
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is `assert test[, msg]`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr
}

// Import is `import a.b as c, d`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from [.]*module import names`; Module is "" when absent.
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// Global is a global declaration.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is a nonlocal declaration.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is an expression statement (CPython's ast.Expr).
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

// ---- expressions ----

// BoolOp is a chain of `and` or `or` with at least two values.
type BoolOp struct {
	Pos
	Op     BoolOpKind
	Values []Expr
}

// NamedExpr is `target := value`.
type NamedExpr struct {
	Pos
	Target Expr
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is a unary operation.
type UnaryOp struct {
	Pos
	Op      UnaryOpKind
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	Pos
	Test, Body, Orelse Expr
}

// Dict is a dict display; a nil key marks a `**value` unpacking.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Pos
	Key, Value Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield [value]`.
type Yield struct {
	Pos
	Value Expr
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is a comparison chain: len(Ops) == len(Comparators) >= 1.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is a call.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one replacement field of an f-string. Conversion is -1
// (none) or 's', 'r', 'a'; FormatSpec is nil or a *JoinedStr.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string: Constant (str) and FormattedValue parts.
type JoinedStr struct {
	Pos
	Values []Expr
}

// Constant is a literal. Value holds one of:
//
//	nil (None), bool, Ellipsis{}, int64 or *big.Int (int; *big.Int only when
//	it does not fit int64), float64, Imag (complex with zero real part),
//	string (str, WTF-8: lone surrogates are encoded as 3-byte sequences), []byte (bytes).
//
// Kind is "u" for a u-prefixed string, otherwise "" (None).
type Constant struct {
	Pos
	Value any
	Kind  string
}

// Ellipsis is the value of the `...` constant.
type Ellipsis struct{}

// Imag is an imaginary literal's value: complex(0, Imag).
type Imag float64

var _ = big.NewInt // *big.Int is a documented Constant value type.

// Attribute is `value.attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `value[slice]`.
type Subscript struct {
	Pos
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is `*value`.
type Starred struct {
	Pos
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier (NFKC-normalised, as CPython does).
type Name struct {
	Pos
	Id  string
	Ctx ExprContext
}

// List is a list display or target.
type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or target.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `lower:upper:step` inside a subscript.
type Slice struct {
	Pos
	Lower, Upper, Step Expr
}

// ---- helper nodes ----

// Comprehension is one `for ... in ... if ...` clause (no position, as in CPython).
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is an except clause; Name is "" when absent.
type ExceptHandler struct {
	Pos
	Type Expr
	Name string
	Body []Stmt
}

// Arguments is a parameter list (no position, as in CPython). KwDefaults has
// one entry per KwOnlyArgs, nil where the parameter has no default.
type Arguments struct {
	PosOnlyArgs []*Arg
	Args        []*Arg
	Vararg      *Arg
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg
	Defaults    []Expr
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg        string
	Annotation Expr
}

// Keyword is `arg=value` in a call or class bases; Arg is "" for `**value`.
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// Alias is one imported name; Asname is "" when absent.
type Alias struct {
	Pos
	Name   string
	Asname string
}

// WithItem is one `context_expr [as optional_vars]` (no position, as in CPython).
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

// MatchCase is one case block (no position, as in CPython).
type MatchCase struct {
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// ---- patterns ----

// MatchValue matches by equality with Value.
type MatchValue struct {
	Pos
	Value Expr
}

// MatchSingleton matches None, True or False (Value is nil, true or false).
type MatchSingleton struct {
	Pos
	Value any
}

// MatchSequence is a sequence pattern.
type MatchSequence struct {
	Pos
	Patterns []Pattern
}

// MatchMapping is a mapping pattern; Rest is "" when there is no `**rest`.
type MatchMapping struct {
	Pos
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is a class pattern.
type MatchClass struct {
	Pos
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*name` (Name "" for `*_`) inside a sequence pattern.
type MatchStar struct {
	Pos
	Name string
}

// MatchAs is `pattern as name`, a capture (Pattern nil) or the wildcard `_`
// (both empty).
type MatchAs struct {
	Pos
	Pattern Pattern
	Name    string
}

// MatchOr is `p1 | p2 | ...`.
type MatchOr struct {
	Pos
	Patterns []Pattern
}

// ---- type parameters ----

// TypeVar is `T`, `T: bound` or `T = default`.
type TypeVar struct {
	Pos
	Name         string
	Bound        Expr
	DefaultValue Expr
}

// ParamSpec is `**P`.
type ParamSpec struct {
	Pos
	Name         string
	DefaultValue Expr
}

// TypeVarTuple is `*Ts`.
type TypeVarTuple struct {
	Pos
	Name         string
	DefaultValue Expr
}

// ---- operators ----

// ExprContext is Load, Store or Del.
type ExprContext uint8

// Expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// BoolOpKind is And or Or.
type BoolOpKind uint8

// Boolean operators.
const (
	And BoolOpKind = iota
	Or
)

// Operator is a binary operator.
type Operator uint8

// Binary operators, in CPython's order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOpKind is a unary operator.
type UnaryOpKind uint8

// Unary operators.
const (
	Invert UnaryOpKind = iota
	Not
	UAdd
	USub
)

// CmpOp is a comparison operator.
type CmpOp uint8

// Comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var (
	exprContextNames = [...]string{"Load", "Store", "Del"}
	boolOpNames      = [...]string{"And", "Or"}
	operatorNames    = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
	unaryOpNames     = [...]string{"Invert", "Not", "UAdd", "USub"}
	cmpOpNames       = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
)

func (c ExprContext) String() string { return exprContextNames[c] }
func (o BoolOpKind) String() string  { return boolOpNames[o] }
func (o Operator) String() string    { return operatorNames[o] }
func (o UnaryOpKind) String() string { return unaryOpNames[o] }
func (o CmpOp) String() string       { return cmpOpNames[o] }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*TypeAlias) stmtNode()   {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Match) stmtNode()       {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}

func (*TypeVar) typeParamNode()      {}
func (*ParamSpec) typeParamNode()    {}
func (*TypeVarTuple) typeParamNode() {}
