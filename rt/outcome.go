package rt

// Outcome runs f and renders what a Python caller would observe: the repr of
// its result, or "ExcName: message" if it raised. Differential tests compare
// it with CPython's (see internal/pycase).
func Outcome(f func() Value) (s string) {
	if exc := Catch(func() { s = Repr(f()) }); exc != nil {
		return exc.Error()
	}
	return s
}
