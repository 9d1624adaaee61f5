// Command baitiao-evidence turns a victim's JD exports into a timestamped,
// hash-sealed evidence bundle for the police, JD, the credit bureau and the
// regulator. See README.md.
package main

import (
	"os"

	_ "time/tzdata" // zone names work on Windows machines without a tz database
)

func main() {
	os.Exit(run(os.Args[1:], newStreams(os.Stdin, os.Stdout, os.Stderr), os.Getenv))
}
