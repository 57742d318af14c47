package frontend

// tokKind is a token kind. Operators and keywords each have their own kind so
// the parser switches on integers, never on strings.
type tokKind uint8

const (
	tEOF tokKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString
	tFStringStart
	tFStringMiddle
	tFStringEnd

	// operators
	tLPar
	tRPar
	tLSqb
	tRSqb
	tColon
	tComma
	tSemi
	tPlus
	tMinus
	tStar
	tSlash
	tVBar
	tAmper
	tLess
	tGreater
	tEqual
	tDot
	tPercent
	tLBrace
	tRBrace
	tEqEqual
	tNotEqual
	tLessEqual
	tGreaterEqual
	tTilde
	tCircumflex
	tLeftShift
	tRightShift
	tDoubleStar
	tPlusEqual
	tMinEqual
	tStarEqual
	tSlashEqual
	tPercentEqual
	tAmperEqual
	tVBarEqual
	tCircumflexEqual
	tLeftShiftEqual
	tRightShiftEqual
	tDoubleStarEqual
	tDoubleSlash
	tDoubleSlashEqual
	tAt
	tAtEqual
	tRArrow
	tEllipsis
	tColonEqual
	tExclamation

	// keywords
	tFalse
	tNone
	tTrue
	tAnd
	tAs
	tAssert
	tAsync
	tAwait
	tBreak
	tClass
	tContinue
	tDef
	tDel
	tElif
	tElse
	tExcept
	tFinally
	tFor
	tFrom
	tGlobal
	tIf
	tImport
	tIn
	tIs
	tLambda
	tNonlocal
	tNot
	tOr
	tPass
	tRaise
	tReturn
	tTry
	tWhile
	tWith
	tYield
	numTokKinds
)

var keywords = map[string]tokKind{
	"False": tFalse, "None": tNone, "True": tTrue, "and": tAnd, "as": tAs, "assert": tAssert,
	"async": tAsync, "await": tAwait, "break": tBreak, "class": tClass, "continue": tContinue,
	"def": tDef, "del": tDel, "elif": tElif, "else": tElse, "except": tExcept, "finally": tFinally,
	"for": tFor, "from": tFrom, "global": tGlobal, "if": tIf, "import": tImport, "in": tIn, "is": tIs,
	"lambda": tLambda, "nonlocal": tNonlocal, "not": tNot, "or": tOr, "pass": tPass, "raise": tRaise,
	"return": tReturn, "try": tTry, "while": tWhile, "with": tWith, "yield": tYield,
}

var tokNames = [numTokKinds]string{
	tEOF: "end of file", tNewline: "newline", tIndent: "indent", tDedent: "dedent", tName: "name",
	tNumber: "number", tString: "string", tFStringStart: "f-string start", tFStringMiddle: "f-string middle",
	tFStringEnd: "f-string end",
	tLPar:       "(", tRPar: ")", tLSqb: "[", tRSqb: "]", tColon: ":", tComma: ",", tSemi: ";", tPlus: "+",
	tMinus: "-", tStar: "*", tSlash: "/", tVBar: "|", tAmper: "&", tLess: "<", tGreater: ">", tEqual: "=",
	tDot: ".", tPercent: "%", tLBrace: "{", tRBrace: "}", tEqEqual: "==", tNotEqual: "!=", tLessEqual: "<=",
	tGreaterEqual: ">=", tTilde: "~", tCircumflex: "^", tLeftShift: "<<", tRightShift: ">>",
	tDoubleStar: "**", tPlusEqual: "+=", tMinEqual: "-=", tStarEqual: "*=", tSlashEqual: "/=",
	tPercentEqual: "%=", tAmperEqual: "&=", tVBarEqual: "|=", tCircumflexEqual: "^=",
	tLeftShiftEqual: "<<=", tRightShiftEqual: ">>=", tDoubleStarEqual: "**=", tDoubleSlash: "//",
	tDoubleSlashEqual: "//=", tAt: "@", tAtEqual: "@=", tRArrow: "->", tEllipsis: "...",
	tColonEqual: ":=", tExclamation: "!",
}

func (k tokKind) String() string {
	if k >= tFalse {
		for s, v := range keywords {
			if v == k {
				return s
			}
		}
	}
	return tokNames[k]
}

// fUndouble marks an FSTRING_MIDDLE whose "{{" and "}}" stand for one brace.
const fUndouble = 1

func (k tokKind) isKeyword() bool { return k >= tFalse && k < numTokKinds }

// token is one token. Offsets index the decoded source; Line/Col and
// EndLine/EndCol are CPython positions (columns in UTF-8 bytes).
type token struct {
	flags                  uint8 // fUndouble on FSTRING_MIDDLE tokens
	kind                   tokKind
	start, end             int32
	line, col, eline, ecol int32
}
