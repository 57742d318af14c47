package codegen

import (
	"fmt"
	"strings"

	"github.com/genvm-go/genvm/ir"
)

// GoSource checks and lowers one Python source file to the Go source of a
// package named pkg defining Run (the module body). Diagnostics that are
// errors, and constructs the code generator cannot lower, are returned as an
// error with positions.
func GoSource(file string, src []byte, pkg string) ([]byte, error) {
	return GoSourceOpts(file, src, Options{Package: pkg, File: file})
}

// GoSourceOpts is GoSource with explicit options.
func GoSourceOpts(file string, src []byte, opts Options) ([]byte, error) {
	r := ir.Check(file, src, ir.Options{})
	if r.Module == nil || r.HasErrors() {
		var errs ErrorList
		for _, d := range r.Diags {
			if d.Severity == ir.Error {
				errs = append(errs, &Error{File: file, Line: d.Line, Col: d.ByteCol, Msg: d.Code + " " + d.Msg})
			}
		}
		if len(errs) == 0 {
			return nil, fmt.Errorf("%s: cannot check", file)
		}
		return nil, errs
	}
	p := ir.Lower(r)
	f, err := Lower(p, opts)
	if err != nil {
		return nil, err
	}
	return Render(f)
}

// GenerateContract lowers a contract under the name GenVM gives it,
// /contract.py (the file its tracebacks show): the Builder.Lower of genvmc
// and of the tests.
func GenerateContract(code []byte) (map[string][]byte, error) {
	return Generate("/contract.py", code)
}

// Generate compiles one Python source file (a contract, or a script run as
// GenVM's self-run cases) to the files of the artifact's Go main package,
// served over the host protocol by rt/hostio.
func Generate(file string, src []byte) (map[string][]byte, error) {
	r := ir.Check(file, src, ir.Options{})
	if r.Module == nil || r.HasErrors() {
		return nil, diagErrors(file, r)
	}
	opts := Options{Package: "main", File: file, Main: true, Schema: r.Schema}
	if r.SchemaErr != nil {
		opts.SchemaErr = strings.TrimPrefix(r.SchemaErr.Msg, "TypeError: ")
	}
	f, err := Lower(ir.Lower(r), opts)
	if err != nil {
		return nil, err
	}
	code, err := Render(f)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{"main.go": code}, nil
}

func diagErrors(file string, r *ir.Result) error {
	var errs ErrorList
	for _, d := range r.Diags {
		if d.Severity == ir.Error {
			errs = append(errs, &Error{File: file, Line: d.Line, Col: d.ByteCol, Msg: d.Code + " " + d.Msg})
		}
	}
	if len(errs) == 0 {
		return fmt.Errorf("%s: cannot check", file)
	}
	return errs
}
