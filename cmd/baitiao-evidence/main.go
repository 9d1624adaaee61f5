// Command baitiao-evidence turns a victim's JD exports into a timestamped,
// hash-sealed evidence bundle for the police, JD, the credit bureau and the
// regulator. See README.md.
package main

import (
	"os"

	"github.com/spf13/cobra"

	_ "time/tzdata" // zone names work on Windows machines without a tz database
)

// doubleClicked is shown when the Windows program is started from
// Explorer rather than from a console: victims will try that first.
const doubleClicked = `baitiao-evidence 是命令行程序，不能双击打开。
请在开始菜单中打开“命令提示符”或“PowerShell”，进入本程序所在的文件夹，然后输入：
    .\baitiao-evidence.exe help
（使用说明见 README。）

baitiao-evidence is a command-line program; it cannot be started by double-clicking.
Open "Command Prompt" or "PowerShell" from the Start menu, go to this program's folder, and type:
    .\baitiao-evidence.exe help

按回车键关闭此窗口 / Press Enter to close this window.`

func main() {
	// cobra shows this (and waits for Enter) only on Windows when started
	// from Explorer.
	cobra.MousetrapHelpText = doubleClicked
	cobra.MousetrapDisplayDuration = 0
	os.Exit(run(os.Args[1:], newStreams(os.Stdin, os.Stdout, os.Stderr), os.Getenv))
}
