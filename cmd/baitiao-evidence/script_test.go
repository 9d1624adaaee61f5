package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and the expected output in scripts")

// TestMain lets the test binary run as baitiao-evidence, so the scripts in
// testdata/script run the real command line as a user would.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		progName: func() { os.Exit(run(os.Args[1:], newStreams(os.Stdin, os.Stdout, os.Stderr), os.Getenv)) },
	})
}

func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join(testdata, "script"),
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			return nil
		},
	})
}
