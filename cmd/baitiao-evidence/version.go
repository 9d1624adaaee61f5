package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is stamped by the release build (-ldflags "-X main.version=…").
var version = ""

// toolVersion is the version printed and recorded in manifests: the stamp,
// else the module version, else "dev".
func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   a.T("cmd.version.short"),
		Long:    a.T("cmd.version.long"),
		Example: "  " + progName + " version",
		Args:    args(0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(a.Out, "baitiao-evidence %s (%s, %s/%s)\n", toolVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}
