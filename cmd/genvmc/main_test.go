package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run genvmc in-process as the "genvmc" command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"genvmc": func() { os.Exit(run(os.Args[1:])) },
	})
}

// TestScripts runs the CLI scenarios under testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
