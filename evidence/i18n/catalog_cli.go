package i18n

// Messages of the command line.
var cliMessages = map[string]entry{
	"label.error":   {"错误", "error"},
	"label.warning": {"警告", "warning"},
	"label.hint":    {"提示", "hint"},
	"label.usage":   {"用法错误", "usage error"},
	"sep.list":      {"，", ", "},
	"sep.clause":    {"；", "; "},
	"sep.colon":     {"：", ": "},

	"usage.cobra": {"%[1]s", "%[1]s"},
	"hint.usage": {
		"运行 %[1]s help 查看命令和选项",
		"run %[1]s help to see the commands and options"},
	"usage.bad_now": {
		"--now 的值 %[1]q 不是 RFC 3339 时间，应形如 2026-11-25T10:00:00+08:00",
		"--now %[1]q is not an RFC 3339 time such as 2026-11-25T10:00:00+08:00"},
	"usage.bad_epoch": {
		"环境变量 SOURCE_DATE_EPOCH 的值 %[1]q 不是秒数",
		"SOURCE_DATE_EPOCH %[1]q is not a number of seconds"},
	"usage.bad_lang": {
		"--lang 的值 %[1]q 无效，应为 zh 或 en",
		"--lang %[1]q is not valid; use zh or en"},
	"usage.too_few_args": {
		"%[1]s 需要至少 %[2]d 个参数，实际 %[3]d 个",
		"%[1]s needs at least %[2]d argument(s), got %[3]d"},
	"usage.too_many_args": {
		"%[1]s 最多接受 %[2]d 个参数，实际 %[3]d 个",
		"%[1]s accepts at most %[2]d argument(s), got %[3]d"},
	"usage.inspect_nothing": {
		"inspect 需要要检查的文件，或 --case case.yaml",
		"inspect needs files to look at, or --case case.yaml"},
	"usage.inspect_both": {
		"inspect 不能同时给出文件和 --case；用 --case 时检查的是 case.yaml 中列出的文件",
		"inspect takes either files or --case, not both; with --case it looks at the files case.yaml lists"},

	"cmd.root.short": {
		"把京东导出的记录整理成可核验的证据包（报告、申诉信、哈希封存）",
		"turn JD exports into a verifiable evidence bundle (report, letters, hash seal)"},
	"cmd.root.long": {
		"baitiao-evidence 帮助京东白条被冒用、被盗刷的受害人整理证据：读取京东导出的交易流水、登录记录和白条账单，\n标出本人否认的交易，生成中文报告、报案材料和申诉信，并把所有文件封存成带哈希校验的证据包。\n所有处理都在本机完成，不会联网，也不会联系京东或公安。\n\n退出状态：0 成功；1 任务失败（消息说明原因）；2 命令行用法错误。",
		"baitiao-evidence helps victims of JD Baitiao fraud gather evidence: it reads JD's transaction records, login logs\nand Baitiao bills, marks the transactions the victim disputes, writes a Chinese report, a police statement and\nappeal letters, and seals everything in a hash-checked evidence bundle.\nEverything happens on this computer: nothing is sent anywhere, and JD and the police are not contacted.\n\nExit status: 0 success; 1 the job failed (the message says why); 2 the command line was wrong."},
	"flag.lang": {
		"输出语言 `LANG`：zh（中文）或 en（英文）；默认跟随系统语言（LANG），非英文时为中文",
		"output language `LANG`: zh (Chinese) or en (English); by default from the system language (LANG), Chinese unless English"},
	"flag.now": {
		"生成时间 `TIME`（RFC 3339，例如 2026-11-25T10:00:00+08:00）；相同输入和相同时间得到完全相同的输出",
		"the run's time `TIME` (RFC 3339, e.g. 2026-11-25T10:00:00+08:00); the same inputs and time give identical outputs"},
	"flag.case": {
		"案件文件 `CASE.yaml`：检查其中列出的全部文件，并列出争议交易",
		"the case file `CASE.yaml`: look at every file it lists and list the disputed transactions"},
	"flag.json": {
		"输出 JSON（结构见 README）",
		"print JSON (the shape is documented in README.md)"},
	"flag.strict": {
		"把任何警告（例如无法读取的行）都当作错误",
		"treat every warning (an unreadable row, say) as an error"},

	"help.usage":         {"用法：", "Usage:"},
	"help.aliases":       {"别名：", "Aliases:"},
	"help.examples":      {"示例：", "Examples:"},
	"help.commands":      {"命令：", "Available Commands:"},
	"help.more_commands": {"其他命令：", "Additional Commands:"},
	"help.flags":         {"选项：", "Flags:"},
	"help.global_flags":  {"全局选项：", "Global Flags:"},
	"help.topics":        {"其他帮助主题：", "Additional help topics:"},
	"help.command":       {"命令", "command"},
	"help.options":       {"选项", "flags"},
	"help.more": {
		"运行 \"{{.CommandPath}} [命令] --help\" 查看某个命令的详细说明。",
		"Use \"{{.CommandPath}} [command] --help\" for more information about a command."},
	"flag.help": {
		"显示 %[1]s 的帮助",
		"help for %[1]s"},
	"cmd.help.short": {
		"显示任何命令的帮助",
		"Help about any command"},
	"cmd.help.long": {
		"显示某个命令的说明、选项和示例，例如：%[1]s help bundle",
		"show a command's description, options and examples, e.g. %[1]s help bundle"},
	"cmd.completion.short": {
		"生成命令行自动补全脚本（bash、zsh、fish、PowerShell）",
		"Generate the autocompletion script for the specified shell"},
	"cmd.completion.long": {
		"生成让终端自动补全 %[1]s 的命令和选项的脚本（按 Tab 键补全）。\n选择您使用的终端程序，具体启用方法见各子命令的帮助。",
		"generate a script that lets your shell complete %[1]s's commands and options (press Tab).\nPick your shell; each subcommand's help says how to load the script."},
	"cmd.completion.example": {
		"  %[1]s completion bash --help\n  %[1]s completion powershell | Out-String | Invoke-Expression",
		"  %[1]s completion bash --help\n  %[1]s completion powershell | Out-String | Invoke-Expression"},
	"cmd.completion.shell_short": {
		"生成 %[1]s 的自动补全脚本",
		"Generate the autocompletion script for %[1]s"},
	"cmd.completion.bash": {
		"生成 bash 的自动补全脚本（需要先安装 bash-completion 软件包）。\n\n在当前终端中启用：\n  source <(%[1]s completion bash)\n\n以后每次都启用（执行一次即可，然后打开新的终端窗口）：\n  Linux：  %[1]s completion bash > /etc/bash_completion.d/%[1]s\n  macOS：  %[1]s completion bash > $(brew --prefix)/etc/bash_completion.d/%[1]s",
		"generate the autocompletion script for bash (the bash-completion package must be installed).\n\nTo load it in the current shell:\n  source <(%[1]s completion bash)\n\nTo load it for every new shell (once, then open a new terminal):\n  Linux:  %[1]s completion bash > /etc/bash_completion.d/%[1]s\n  macOS:  %[1]s completion bash > $(brew --prefix)/etc/bash_completion.d/%[1]s"},
	"cmd.completion.zsh": {
		"生成 zsh 的自动补全脚本（macOS 默认的终端就是 zsh）。\n\n如果还没有启用 zsh 的补全功能，先执行一次：\n  echo \"autoload -U compinit; compinit\" >> ~/.zshrc\n\n在当前终端中启用：\n  source <(%[1]s completion zsh)\n\n以后每次都启用（执行一次即可，然后打开新的终端窗口）：\n  Linux：  %[1]s completion zsh > \"${fpath[1]}/_%[1]s\"\n  macOS：  %[1]s completion zsh > $(brew --prefix)/share/zsh/site-functions/_%[1]s",
		"generate the autocompletion script for zsh (the default shell on macOS).\n\nIf completion is not enabled in zsh yet, run once:\n  echo \"autoload -U compinit; compinit\" >> ~/.zshrc\n\nTo load it in the current shell:\n  source <(%[1]s completion zsh)\n\nTo load it for every new shell (once, then open a new terminal):\n  Linux:  %[1]s completion zsh > \"${fpath[1]}/_%[1]s\"\n  macOS:  %[1]s completion zsh > $(brew --prefix)/share/zsh/site-functions/_%[1]s"},
	"cmd.completion.fish": {
		"生成 fish 的自动补全脚本。\n\n在当前终端中启用：\n  %[1]s completion fish | source\n\n以后每次都启用：\n  %[1]s completion fish > ~/.config/fish/completions/%[1]s.fish",
		"generate the autocompletion script for fish.\n\nTo load it in the current shell:\n  %[1]s completion fish | source\n\nTo load it for every new shell:\n  %[1]s completion fish > ~/.config/fish/completions/%[1]s.fish"},
	"cmd.completion.powershell": {
		"生成 PowerShell 的自动补全脚本（Windows）。\n\n在当前 PowerShell 窗口中启用：\n  %[1]s completion powershell | Out-String | Invoke-Expression\n\n以后每次都启用：把上面这一行加进 PowerShell 的配置文件（运行 notepad $PROFILE 打开它）。",
		"generate the autocompletion script for PowerShell (Windows).\n\nTo load it in the current PowerShell window:\n  %[1]s completion powershell | Out-String | Invoke-Expression\n\nTo load it for every new window, add that line to your PowerShell profile (notepad $PROFILE opens it)."},
	"flag.no_descriptions": {
		"补全时不显示说明",
		"do not show descriptions in completions"},
	"flag.quiet": {
		"不显示进度",
		"do not show progress"},
	"progress.read_bytes": {
		"正在读取 %[1]s：%[2]d%%（%[3]s / %[4]s）",
		"reading %[1]s: %[2]d%% (%[3]s of %[4]s)"},
	"progress.read_bytes_unknown": {
		"正在读取 %[1]s：%[2]s",
		"reading %[1]s: %[2]s"},
	"progress.read_rows": {
		"正在读取 %[1]s：第 %[2]d 行",
		"reading %[1]s: row %[2]d"},
	"progress.layout": {
		"正在排版 %[1]s：第 %[2]d 页",
		"laying out %[1]s: page %[2]d"},
	"progress.render": {
		"正在生成 %[1]s：第 %[2]d / %[3]d 页",
		"writing %[1]s: page %[2]d of %[3]d"},
	"progress.write": {
		"正在写入 %[1]s",
		"writing %[1]s"},
	"progress.cases": {
		"已完成 %[1]d / %[2]d 个案件",
		"%[1]d of %[2]d cases done"},
	"cmd.init.short": {
		"新建案件文件夹和带说明的 case.yaml",
		"create a case folder with a commented case.yaml"},
	"cmd.init.long": {
		"新建案件文件夹 DIR，写入带中文说明的 case.yaml，并建立 exports 文件夹。\n在终端里运行时会逐项提问（姓名、身份证号、手机号、京东账号、发现日期、原因、本人陈述、导出文件在哪里），\n每一项当场检查（身份证号的出生日期和校验码、11 位手机号、日期不能晚于今天），有误会说明原因并请您重新输入；\n找到的导出文件会原样复制进 exports 文件夹（原文件不会被改动）。\n不在终端里运行（或加 --blank）时，写入待填写的模板。已有 case.yaml 时不会覆盖。",
		"create the case folder DIR with a commented case.yaml and an exports folder.\nRun in a terminal, it asks for the case fields one by one (name, ID number, mobile number, JD account, date noticed, cause,\nyour statement, where the exports are) and checks each answer as it comes (the ID number's birth date and check character,\nan 11-digit mobile number, dates not after today), explaining a wrong answer and asking again; the exports it finds are\ncopied byte-exact into the exports folder (the originals are never changed).\nWithout a terminal (or with --blank) it writes the template to fill in. An existing case.yaml is never overwritten."},
	"cmd.init.example": {
		"  baitiao-evidence init 我的案件                 在终端里逐项回答\n  baitiao-evidence init --blank 我的案件         只写模板，自己用文本编辑器填写\n  baitiao-evidence init -i 我的案件 < 回答.txt    从文件读取回答（每行一个）",
		"  baitiao-evidence init my-case                   answer the questions in the terminal\n  baitiao-evidence init --blank my-case           only write the template, to fill in with a text editor\n  baitiao-evidence init -i my-case < answers.txt  read the answers from a file, one a line"},
	"flag.interactive": {
		"即使不在终端里也逐项提问（从标准输入读取回答，每行一个）",
		"ask the questions even without a terminal (answers read from standard input, one a line)"},
	"flag.blank": {
		"不提问，只写入待填写的模板",
		"do not ask; write the template to fill in"},
	"usage.init_modes": {
		"--interactive 和 --blank 不能同时使用",
		"--interactive and --blank cannot be used together"},
	"init.ask_intro": {
		"下面逐项填写案件信息，每项回答后按回车。身份证号、手机号、京东账号可以先留空（直接按回车），以后在 case.yaml 里补上。",
		"Answer each question and press Enter. The ID number, mobile number and JD account may be left empty (just press Enter) and filled in case.yaml later."},
	"init.ask_name": {
		"姓名：",
		"Full name: "},
	"init.ask_id": {
		"身份证号（18 位）：",
		"Resident ID number (18 characters): "},
	"init.ask_phone": {
		"手机号（11 位）：",
		"Mobile number (11 digits): "},
	"init.ask_account": {
		"京东账号名（京东 App“我的”页顶部）：",
		"JD account name (top of the JD app's \"Me\" page): "},
	"init.ask_discovered": {
		"发现这笔欠款的日期（例如 2026-11-20；直接回车表示今天 %[1]s）：",
		"Date you noticed the debt (e.g. 2026-11-20; Enter for today, %[1]s): "},
	"init.ask_cause_intro": {
		"您认为是怎么发生的？",
		"What do you think happened?"},
	"init.ask_cause": {
		"请输入编号 1–%[1]d（不清楚就直接回车）：",
		"Enter a number 1–%[1]d (Enter if you do not know): "},
	"init.ask_statement": {
		"用自己的话写下经过：什么时候、怎么发现的，哪些消费不是您做的，当时您在哪里，手机和密码是否借给或告诉过别人。\n可以写多行；写完后在空行上按回车（信件会原样引用这段话，也可以以后在 case.yaml 里修改）：",
		"In your own words: when and how you found out, which purchases were not yours, where you were, whether anyone else had\nyour phone or password. Several lines are fine; finish with an empty line (the letters quote this; you can edit it in case.yaml later):"},
	"init.ask_exports": {
		"京东导出的文件在哪里？输入文件或文件夹的路径（可以把文件夹拖进这个窗口）；还没有导出就直接回车：",
		"Where are the files exported from JD? Type the path of a file or folder (or drag the folder into this window); Enter if you have none yet: "},
	"init.ask_more_exports": {
		"还有其他文件或文件夹吗？（没有就直接回车）：",
		"Any other file or folder? (Enter if not): "},
	"init.export_missing": {
		"  ✗ 找不到 %[1]s，请检查路径",
		"  ✗ %[1]s not found; check the path"},
	"init.export_none": {
		"  ✗ %[1]s 里没有 CSV 或 XLSX 文件",
		"  ✗ %[1]s holds no CSV or XLSX file"},
	"init.export_ignored": {
		"  （不是表格文件，未作为导出记录使用：%[1]s；截图和照片可以在 case.yaml 的 attachments 中列为附件）",
		"  (not spreadsheets, not used as exports: %[1]s; screenshots and photos can be listed under attachments in case.yaml)"},
	"init.export_unreadable": {
		"  ✗ %[1]s：无法作为京东导出文件读取（%[2]s），未加入",
		"  ✗ %[1]s: cannot be read as a JD export (%[2]s); not added"},
	"init.export_found": {
		"  ✓ %[1]s：%[2]s，%[3]d 行",
		"  ✓ %[1]s: %[2]s, %[3]d rows"},
	"init.account_from_export": {
		"京东账号名按导出文件开头的记录填为 %[1]q",
		"JD account name taken from the top of the export: %[1]q"},
	"init.account_differs": {
		"注意：您填写的京东账号是 %[1]q，而导出文件开头记录的是 %[2]s。请确认这些文件是从您本人的账号导出的；如填错了，请在 case.yaml 中改正 victim.jd_account",
		"note: you gave the JD account %[1]q, but the exports name %[2]s at the top. Make sure they were exported from your own account; if the answer was wrong, correct victim.jd_account in case.yaml"},
	"init.need_name": {
		"姓名不能为空（会写进报案材料和申诉信）",
		"the name cannot be empty (the police statement and letters need it)"},
	"init.too_long": {
		"太长了（最多 %[1]d 个字）",
		"too long (at most %[1]d characters)"},
	"init.retry": {
		"%[1]s。请核对后重新输入（或直接回车，以后再填）",
		"%[1]s. Check it and type it again (or press Enter to fill it in later)"},
	"init.bad_phone": {
		"%[1]q 不是 11 位的大陆手机号（1 开头，第二位 3–9）。请重新输入（或直接回车，以后再填）",
		"%[1]q is not an 11-digit mainland mobile number (1, then 3–9). Type it again (or press Enter to fill it in later)"},
	"init.bad_date": {
		"%[1]q 不是日期，请写成 2026-11-20 这样",
		"%[1]q is not a date; write it like 2026-11-20"},
	"init.date_future": {
		"%[1]s 晚于今天，请输入已经过去的日期",
		"%[1]s is after today; enter a date that has passed"},
	"init.date_old": {
		"%[1]s 太早了，请检查年份",
		"%[1]s is too early; check the year"},
	"init.bad_cause": {
		"请输入 1 到 %[1]d 之间的编号",
		"enter a number from 1 to %[1]d"},
	"init.ended": {
		"输入在问题回答完之前就结束了，没有写入任何文件",
		"the input ended before every question was answered; nothing was written"},
	"hint.init_ended": {
		"在终端里重新运行 init 逐项回答；或用 --blank 只写模板，再用文本编辑器填写",
		"run init again in a terminal and answer each question, or use --blank to write the template and fill it in with a text editor"},
	"init.copied": {
		"已复制 %[1]s → %[2]s（SHA-256 %[3]s，与原文件一致；原文件未改动）",
		"copied %[1]s → %[2]s (SHA-256 %[3]s, equal to the original; the original is unchanged)"},
	"init.copy_mismatch": {
		"复制 %[1]s 后内容与原文件不一致，已删除副本",
		"the copy of %[1]s differs from the original and was removed"},
	"init.done_no_exports": {
		"已写入 %[1]s\n还没有找到京东交易流水。下一步：\n  1. 在京东 App 导出交易流水，放进 %[2]s，并在 case.yaml 的 inputs 里写上文件名\n  2. 运行 baitiao-evidence inspect --case %[1]s 检查",
		"wrote %[1]s\nno JD transaction export was found yet. Next:\n  1. export the transaction records in the JD app, put the file into %[2]s and name it under inputs in case.yaml\n  2. run baitiao-evidence inspect --case %[1]s to check"},
	"init.done_asked": {
		"已写入 %[1]s\n下一步：\n  1. baitiao-evidence inspect --case %[1]s          检查读到了什么\n  2. baitiao-evidence review %[1]s -o %[2]s   生成核对表，逐笔标出不是本人的交易，\n     然后在 case.yaml 的 disputes 里加上 - review: review.xlsx\n  3. baitiao-evidence bundle %[1]s -o 证据包        生成报告、信件和证据包",
		"wrote %[1]s\nnext:\n  1. baitiao-evidence inspect --case %[1]s          check what is read\n  2. baitiao-evidence review %[1]s -o %[2]s   write the review sheet, mark each purchase that was not yours,\n     then add - review: review.xlsx under disputes in case.yaml\n  3. baitiao-evidence bundle %[1]s -o evidence      write the report, the letters and the bundle"},
	"init.exists": {
		"已经有 case.yaml，不会覆盖",
		"case.yaml already exists and is not overwritten"},
	"hint.init_exists": {
		"直接编辑现有的 case.yaml；如要重新开始，请换一个文件夹",
		"edit the existing case.yaml, or start over in another folder"},
	"init.done": {
		"已写入 %[1]s\n下一步：\n  1. 把京东导出的交易流水放进 %[2]s\n  2. 用文本编辑器打开 case.yaml，按说明填写\n  3. 运行 baitiao-evidence inspect --case %[1]s 检查",
		"wrote %[1]s\nnext:\n  1. put the JD transaction export into %[2]s\n  2. open case.yaml in a text editor and fill it in as its comments say\n  3. run baitiao-evidence inspect --case %[1]s to check it"},
	"write.failed": {
		"无法写入（%[1]s）",
		"cannot write (%[1]s)"},
	"hint.write_failed": {
		"检查磁盘空间和文件夹权限，或换一个输出位置",
		"check the free disk space and the folder's permissions, or write somewhere else"},

	"cmd.inspect.short": {
		"查看导出文件被如何读取：类型、编码、表头、列映射、行数和问题",
		"show how export files are read: kind, encoding, header, column mapping, rows and problems"},
	"cmd.inspect.long": {
		"逐个检查文件：识别出的类型（交易流水、登录记录、白条账单）、文字编码、表头所在行、每一列对应的含义、\n读到的行数、时间范围、按收/支的合计，以及每个问题所在的文件和行。\n用 --case 时检查案件文件中列出的全部文件，并列出争议交易及其合计。",
		"looks at each file: the kind found (transaction records, login log, Baitiao bill), the encoding, the header line,\nwhat each column was mapped to, rows read, the time range, totals by direction, and every problem with its file and line.\nWith --case it looks at every file the case lists and lists the disputed transactions and their total."},
	"cmd.inspect.example": {
		"  baitiao-evidence inspect exports/jd.csv\n  baitiao-evidence inspect --case case.yaml\n  baitiao-evidence inspect --json exports/*.csv",
		"  baitiao-evidence inspect exports/jd.csv\n  baitiao-evidence inspect --case case.yaml\n  baitiao-evidence inspect --json exports/*.csv"},
	"inspect.size":               {"大小", "size"},
	"inspect.size_value":         {"%[1]d 字节，SHA-256 %[2]s", "%[1]d bytes, SHA-256 %[2]s"},
	"inspect.format":             {"格式", "format"},
	"inspect.kind":               {"类型", "kind"},
	"inspect.sheet":              {"（工作表 %[1]s）", " (sheet %[1]s)"},
	"inspect.header":             {"表头", "header"},
	"inspect.header_line":        {"第 %[1]d 行", "line %[1]d"},
	"inspect.preamble_lines":     {"（前面 %[1]d 行是导出说明）", " (after %[1]d lines of preamble)"},
	"inspect.export":             {"导出信息", "export"},
	"inspect.account":            {"账号 %[1]s", "account %[1]s"},
	"inspect.period":             {"时间范围 %[1]s 至 %[2]s", "period %[1]s to %[2]s"},
	"inspect.exported_at":        {"导出于 %[1]s", "exported %[1]s"},
	"inspect.rows":               {"行数", "rows"},
	"inspect.rows_value":         {"读取 %[1]d 行，跳过 %[2]d 行（空行或汇总行），%[3]d 行无法读取", "%[1]d read, %[2]d skipped (blank or summary), %[3]d unreadable"},
	"inspect.range":              {"时间", "times"},
	"inspect.range_value":        {"%[1]s 至 %[2]s", "%[1]s to %[2]s"},
	"inspect.totals":             {"合计", "totals"},
	"inspect.total_part":         {"%[1]s %[2]d 笔 %[3]s 元", "%[1]s %[2]d, %[3]s yuan"},
	"inspect.refunded_part":      {"（已退款 %[1]s 元）", " (refunded %[1]s)"},
	"inspect.check":              {"核对", "check"},
	"inspect.check_consistent":   {"与文件开头京东给出的笔数和金额汇总一致", "matches the counts and amounts JD states at the top of the file"},
	"inspect.check_inconsistent": {"与文件开头京东给出的汇总不一致（见下面的问题）", "does not match the summary JD states at the top of the file (see the problems below)"},
	"inspect.columns":            {"列映射：", "columns:"},
	"inspect.unused":             {"未使用（原始内容保留）", "not used (raw value kept)"},
	"inspect.unused_many":        {"另有 %[1]d 列未使用（原始内容保留）", "%[1]d more columns are not used (raw values kept)"},
	"inspect.by_synonym":         {"按列名“%[1]s”识别", "matched by name \"%[1]s\""},
	"inspect.by_manual":          {"由 case.yaml 指定为“%[1]s”", "mapped by case.yaml as \"%[1]s\""},
	"inspect.problems":           {"问题：%[1]d 个", "problems: %[1]d"},
	"inspect.case_title":         {"争议交易（%[1]s）", "disputed transactions (%[1]s)"},
	"inspect.case_counts":        {"合并后共有交易 %[1]d 笔，登录记录 %[2]d 条，账单行 %[3]d 行", "after merging: %[1]d transactions, %[2]d login events, %[3]d bill lines"},
	"inspect.disputed_total":     {"争议交易 %[1]d 笔，争议金额合计 %[2]s 元，其中京东白条 %[3]s 元", "%[1]d disputed transactions, disputed total %[2]s yuan, of which 京东白条 %[3]s yuan"},
	"inspect.failed_files":       {"%[1]d 个文件无法读取，原因见上", "%[1]d file(s) could not be read; see above"},
	"inspect.strict_failed":      {"有警告，而 --strict 把警告当作错误", "there are warnings, and --strict treats them as errors"},
	"inspect.claimed": {
		"白条账单：%[1]d 笔争议订单有账单，本金 %[2]s 元，服务费 %[3]s 元，违约金 %[4]s 元，已还 %[5]s 元，尚欠 %[6]s 元",
		"Baitiao bills: %[1]d disputed orders billed, principal %[2]s, fees %[3]s, penalties %[4]s, paid %[5]s, outstanding %[6]s yuan"},
	"inspect.indicators":  {"分析发现的迹象：%[1]d 项", "indications found by the analysis: %[1]d"},
	"inspect.rows_cited":  {"依据：%[1]s", "rows: %[1]s"},
	"inspect.suggested":   {"分析建议列为争议的交易：%[1]d 笔", "transactions the analysis suggests disputing: %[1]d"},
	"inspect.col_reasons": {"原因", "why"},
	"inspect.col_chosen":  {"已列为争议", "disputed"},
	"inspect.chosen":      {"是", "yes"},
	"inspect.not_chosen":  {"否", "no"},
	"inspect.suggested_hint": {
		"这些只是建议。要把它们全部列为争议，在 case.yaml 的 disputes 中加 - suggested: true；也可以用 review 生成核对表逐笔确认。",
		"these are only suggestions. To dispute all of them add - suggested: true under disputes in case.yaml, or confirm them one by one in a review sheet."},
	"col.time":        {"时间", "time"},
	"col.order":       {"订单号", "order"},
	"col.description": {"说明", "description"},
	"col.method":      {"支付方式", "method"},
	"col.amount":      {"金额", "amount"},
	"col.refunded":    {"已退款", "refunded"},
	"col.disputed":    {"争议金额", "disputed"},
	"col.source":      {"来源", "source"},

	"usage.need_output": {
		"需要用 -o 指定输出文件",
		"give the output with -o"},
	"flag.output_pdf": {"输出的 PDF 文件 `FILE`", "the PDF file `FILE` to write"},
	"flag.font": {
		"中文字体文件 `FONT`（.ttf 或 .ttc）；也可用环境变量 BAITIAO_EVIDENCE_FONT 指定",
		"a Chinese font file `FONT` (.ttf or .ttc); BAITIAO_EVIDENCE_FONT does the same"},
	"flag.templates": {
		"含自定义文字模板的文件夹 `DIR`（同名文件替换内置模板）",
		"a folder `DIR` of custom text templates (a file there replaces the built-in one of the same name)"},
	"flag.redact": {
		"遮盖身份证号（保留前 6 位和后 4 位）和手机号（保留前 3 位和后 4 位），用于分享",
		"mask the ID number (first 6 and last 4 kept) and phone (first 3 and last 4 kept), for sharing"},
	"cmd.report.short": {
		"生成中文证据报告（PDF）",
		"write the evidence report (PDF)"},
	"cmd.report.long": {
		"根据案件文件生成证据报告：封面与摘要、当事人陈述与处理经过、争议交易明细（含来源文件和行号）、其他交易、\n登录记录（陌生设备标红）、时间线图，以及全部来源文件的 SHA-256。每页都有报告编号和生成时间。\n相同的输入和相同的 --now 会得到逐字节相同的文件。",
		"writes the evidence report from the case file: cover and summary, statement and steps taken, the disputed\ntransactions with their source file and line, other transactions, login events (unfamiliar ones in red), a\ntimeline, and the SHA-256 of every source file. Every page carries the report ID and the generation time.\nThe same inputs and the same --now give a byte-identical file."},
	"cmd.report.example": {
		"  baitiao-evidence report case.yaml -o 报告.pdf\n  baitiao-evidence report case.yaml -o report.pdf --lang en --font C:\\Windows\\Fonts\\simhei.ttf",
		"  baitiao-evidence report case.yaml -o report.pdf\n  baitiao-evidence report case.yaml -o 报告.pdf --lang zh --font /usr/share/fonts/truetype/wqy/wqy-microhei.ttc"},
	"report.done": {
		"已写入 %[1]s（报告编号 %[2]s，共 %[3]d 页）：争议交易 %[4]d 笔，合计 %[5]s 元",
		"wrote %[1]s (report ID %[2]s, %[3]d pages): %[4]d disputed transactions, total %[5]s yuan"},

	"cmd.fonts.short": {
		"列出找到的中文字体，以及 PDF 将使用哪一个",
		"list the Chinese fonts found and which one the PDFs will use"},
	"cmd.fonts.long": {
		"按顺序查找字体：--font、环境变量 BAITIAO_EVIDENCE_FONT，然后是系统中常见的中文字体\n（Windows：微软雅黑、黑体、等线、宋体……；macOS：苹方、华文黑体、冬青黑体、宋体……；\nLinux：文泉驿微米黑、文泉驿正黑、霞鹜文楷、AR PL、Droid Sans Fallback……），最后是字体文件夹中的其他字体。\n第一个可用的字体被采用；缺少英文字母和数字的字体会自动用内置的 Go 字体补足。",
		"fonts are looked for in order: --font, the BAITIAO_EVIDENCE_FONT variable, then the usual Chinese fonts of\nthe system (Windows: Microsoft YaHei, SimHei, DengXian, SimSun…; macOS: PingFang, STHeiti, Hiragino Sans GB,\nSongti…; Linux: WenQuanYi Micro Hei, WenQuanYi Zen Hei, LXGW WenKai, AR PL, Droid Sans Fallback…), then any other\nfont in the font folders. The first usable one is used; the built-in Go font supplies Latin letters and digits\nto fonts that lack them."},
	"cmd.fonts.example": {
		"  baitiao-evidence fonts\n  baitiao-evidence fonts --all",
		"  baitiao-evidence fonts\n  baitiao-evidence fonts --all"},
	"flag.fonts_all": {
		"也列出不含中文的字体",
		"also list fonts without Chinese"},
	"fonts.col_status": {"状态", "status"},
	"fonts.col_family": {"字体", "family"},
	"fonts.col_latin":  {"字母和数字", "Latin and digits"},
	"fonts.col_path":   {"文件", "file"},
	"fonts.usable":     {"可用", "usable"},
	"fonts.chosen":     {"✔ 将使用", "✔ used"},
	"fonts.unusable":   {"不可用：%[1]s", "unusable: %[1]s"},
	"fonts.latin_yes":  {"有", "yes"},
	"fonts.latin_builtin": {
		"无，用内置 Go 字体补足",
		"no, the built-in Go font fills in"},
	"fonts.from_flag": {"--font 指定", "from --font"},
	"fonts.from_env":  {"BAITIAO_EVIDENCE_FONT 指定", "from BAITIAO_EVIDENCE_FONT"},
	"fonts.hidden": {
		"另有 %[1]d 个不含中文的字体未列出（--all 可列出）",
		"%[1]d more fonts without Chinese are not listed (see --all)"},
	"fonts.summary": {
		"PDF 将使用：%[1]s",
		"the PDFs will use: %[1]s"},
	"font.none": {
		"找不到可用的中文字体，无法生成 PDF",
		"no usable Chinese font was found, so no PDF can be written"},
	"hint.no_font_linux": {
		"安装一个中文字体，例如 Debian/Ubuntu：sudo apt-get install fonts-wqy-microhei；Fedora：sudo dnf install wqy-microhei-fonts；\n或用 --font 指定一个 .ttf/.ttc 字体文件",
		"install a Chinese font, e.g. on Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei; on Fedora: sudo dnf install wqy-microhei-fonts;\nor give a .ttf/.ttc font file with --font"},
	"hint.no_font_windows": {
		"Windows 通常自带微软雅黑（C:\\Windows\\Fonts\\msyh.ttc）或黑体（simhei.ttf）；用 --font 指定一个 .ttf/.ttc 字体文件",
		"Windows normally has Microsoft YaHei (C:\\Windows\\Fonts\\msyh.ttc) or SimHei (simhei.ttf); give a .ttf/.ttc font file with --font"},
	"hint.no_font_darwin": {
		"macOS 通常自带苹方（/System/Library/Fonts/PingFang.ttc）；用 --font 指定一个 .ttf/.ttc 字体文件",
		"macOS normally has PingFang (/System/Library/Fonts/PingFang.ttc); give a .ttf/.ttc font file with --font"},
	"font.unusable": {
		"这个字体不能用：%[1]s",
		"this font cannot be used: %[1]s"},
	"font.cff": {
		"它使用 CFF（PostScript）轮廓（大多数 .otf 文件、思源黑体/Noto CJK 都是这样），PDF 库只能嵌入 TrueType 轮廓",
		"it has CFF (PostScript) outlines (most .otf files, Source Han / Noto CJK), and the PDF library can only embed TrueType outlines"},
	"font.no_cjk": {
		"它不含中文字符",
		"it has no Chinese characters"},
	"font.not_font": {
		"它不是 TrueType 或 OpenType 字体文件",
		"it is not a TrueType or OpenType font file"},
	"font.incomplete": {
		"它缺少嵌入 PDF 所需的字体表",
		"it lacks tables needed to embed it in a PDF"},
	"font.restricted": {
		"字体的授权不允许嵌入文档",
		"its licence does not allow embedding it in a document"},
	"font.not_found": {
		"找不到或无法读取这个文件",
		"the file cannot be found or read"},
	"hint.font_choice": {
		"换一个 .ttf 或 .ttc 中文字体，例如 simhei.ttf、msyh.ttc、PingFang.ttc 或 wqy-microhei.ttc；运行 baitiao-evidence fonts 查看可用字体",
		"choose another .ttf or .ttc Chinese font such as simhei.ttf, msyh.ttc, PingFang.ttc or wqy-microhei.ttc; run baitiao-evidence fonts to see what is usable"},
	"font.missing_glyphs": {
		"以下字符在所有可用字体中都找不到，PDF 没有生成（不会把缺字印成空白方框）：%[1]s。出现位置：%[2]s",
		"these characters are in no usable font, so no PDF was written (a missing character is never printed as an empty box): %[1]s. Where: %[2]s"},
	"hint.missing_glyphs": {
		"用 --font 指定一个含这些字的字体（例如宋体 simsun.ttc、SimSun-ExtB simsunb.ttf 或 Droid Sans Fallback）；\n运行 baitiao-evidence fonts 查看可用字体",
		"give a font that has these characters with --font (e.g. SimSun simsun.ttc, SimSun-ExtB simsunb.ttf or Droid Sans Fallback);\nrun baitiao-evidence fonts to see what is usable"},
	"hint.missing_glyphs_astral": {
		"其中有扩展区的生僻字（U+20000 以上），PDF 库无法嵌入这类字符。可暂时在 case.yaml 中改写该字（例如用拼音），\n并在陈述中注明正确的写法，证件以原件为准",
		"some are rare characters beyond U+FFFF, which the PDF library cannot embed. For now write the character another way in\ncase.yaml (in pinyin, say) and give the correct spelling in the statement; the ID document itself is what counts"},

	"cmd.letter.short": {
		"生成报案材料、京东销账申请、征信异议申请和投诉信（PDF 或 TXT）",
		"write the police statement, the JD write-off request, the credit dispute and complaints (PDF or TXT)"},
	"cmd.letter.long": {
		"根据案件文件生成信件，内容和数字与证据报告一致：\n  police     报案材料（向派出所）\n  jd         京东白条交易异议及销账申请\n  credit     个人征信异议申请（征信中心或信息提供机构）\n  regulator  金融消费投诉（12378）\n  consumer   消费者投诉（12315）\n  all        以上全部，PDF 和 TXT 各一份，写入 -o 指定的文件夹\n输出为 .pdf 或 .txt（TXT 便于粘贴到网上表单）。缺少信件需要的信息时会一次列出全部；\n--allow-blanks 则留出空白以便手写。--report 指定随信附上的报告文件，信中会写明它的 SHA-256。",
		"writes letters from the case file, with the same content and figures as the report:\n  police     statement for the police station (报案材料)\n  jd         dispute and write-off request to JD\n  credit     credit-report dispute (credit bureau or the reporting institution)\n  regulator  financial consumer complaint (12378)\n  consumer   consumer complaint (12315)\n  all        all of them, as PDF and TXT, into the folder given with -o\nThe output is .pdf or .txt (TXT to paste into web forms). Missing case fields are listed all at once;\n--allow-blanks leaves blanks to fill in by hand instead. --report names the report file you enclose; its SHA-256 is cited."},
	"cmd.letter.example": {
		"  baitiao-evidence letter case.yaml --to police -o 报案材料.pdf\n  baitiao-evidence letter case.yaml --to jd -o 京东申请.txt --report 报告.pdf\n  baitiao-evidence letter case.yaml --to all -o 信件",
		"  baitiao-evidence letter case.yaml --to police -o police.pdf\n  baitiao-evidence letter case.yaml --to jd -o jd.txt --report report.pdf\n  baitiao-evidence letter case.yaml --to all -o letters"},
	"usage.bad_to": {
		"--to 的值 %[1]q 无效，应为 %[2]s 或 all",
		"--to %[1]q is not valid; use %[2]s or all"},
	"usage.letter_ext": {
		"输出文件 %[1]s 应以 .pdf 或 .txt 结尾",
		"the output %[1]s must end in .pdf or .txt"},
	"flag.to": {
		"写给谁 `WHO`：police、jd、credit、regulator、consumer 或 all",
		"who the letter is for (`WHO`): police, jd, credit, regulator, consumer or all"},
	"flag.output_letter": {
		"输出文件 `FILE`（.pdf 或 .txt）；--to all 时为文件夹",
		"the output file `FILE` (.pdf or .txt); a folder with --to all"},
	"flag.report": {
		"随信附上的报告 PDF `FILE`：信中写明它的 SHA-256",
		"the report PDF `FILE` enclosed with the letter: its SHA-256 is cited"},
	"flag.allow_blanks": {
		"缺少的信息留出空白（＿＿＿）以便手写，而不是报错",
		"leave blanks (＿＿＿) for missing fields, to fill in by hand, instead of failing"},
	"letter.no_disputes": {
		"案件中没有争议交易，信件无从写起",
		"the case has no disputed transaction, so there is nothing to write"},
	"hint.no_disputes": {
		"在 case.yaml 的 disputes 中选定不是本人的交易，再用 baitiao-evidence inspect --case 检查",
		"choose the transactions that were not yours under disputes in case.yaml, then check with baitiao-evidence inspect --case"},
	"letter.done": {"已写入 %[1]s", "wrote %[1]s"},
	"letter.no_report_hash": {
		"信中引用了报告编号 %[1]s；用 --report 指定随信附上的报告文件，信中还会写明它的 SHA-256（bundle 会自动这样做）",
		"the letters cite report ID %[1]s; give the enclosed report file with --report and they also cite its SHA-256 (bundle does this for you)"},
	"letter.footer_time": {"生成时间 %[1]s", "generated %[1]s"},
	"letter.footer_page": {"第 %[1]d 页 / 共 %[2]s 页", "page %[1]d of %[2]s"},
	"letter.missing_fields": {
		"%[1]s缺少以下信息：%[2]s",
		"the %[1]s lacks: %[2]s"},
	"hint.missing_fields": {
		"在 case.yaml 中填写这些项（init 生成的模板里有说明），或用 --allow-blanks 留出空白，打印后手写",
		"fill these in in case.yaml (the template init writes explains them), or use --allow-blanks to leave blanks and write them in by hand"},
	"letter.kind_police":                 {"报案材料", "police statement"},
	"letter.kind_jd":                     {"京东销账申请", "JD write-off request"},
	"letter.kind_credit":                 {"征信异议申请", "credit-report dispute"},
	"letter.kind_regulator":              {"12378 投诉", "12378 complaint"},
	"letter.kind_consumer":               {"12315 投诉", "12315 complaint"},
	"field.victim_name":                  {"（姓名）", " (name)"},
	"field.victim_id_number":             {"（身份证号）", " (ID number)"},
	"field.victim_phone":                 {"（手机号）", " (phone)"},
	"field.victim_jd_account":            {"（京东账号）", " (JD account)"},
	"field.victim_address":               {"（联系地址）", " (address)"},
	"field.police_station":               {"（报案的派出所）", " (police station)"},
	"field.credit_lender":                {"（信用报告上印的机构名称）", " (institution as printed on the credit report)"},
	"field.credit_credit_type":           {"（业务种类）", " (type of credit)"},
	"field.credit_opened_at":             {"（开立日期）", " (opening date)"},
	"field.credit_amount":                {"（借款金额或授信额度）", " (amount or limit)"},
	"field.complaint_respondent":         {"（被投诉方名称）", " (name of the other party)"},
	"field.complaint_respondent_address": {"（被投诉方地址）", " (address of the other party)"},
	"letter.report_mismatch": {
		"这个文件不是报告编号 %[1]s 的报告（报告编号不符或不是本工具生成的 PDF）",
		"this file is not the report with ID %[1]s (another ID, or not a PDF this tool made)"},
	"hint.report_flag": {
		"先用 baitiao-evidence report 生成报告，再把它用 --report 指定；证据有变动时报告编号也会变，需要重新生成",
		"make the report with baitiao-evidence report first and give it with --report; when the evidence changes, so does the report ID, and the report must be made again"},

	"cmd.status.short": {
		"查看处理进度：寄出了什么、等待哪些答复、哪些已逾期、下一步做什么",
		"show where the case stands: what was sent, what awaits a reply, what is overdue, what to do next"},
	"cmd.status.long": {
		"根据 case.yaml 中的 actions（处理记录）列出每一项的日期、对象、编号和答复期限，\n标出等待答复和已经逾期的事项，并按处理步骤给出下一步。只读取案件文件本身。",
		"lists each action of case.yaml with its date, recipient, reference and reply date, marks what awaits a reply\nand what is overdue, and names the next step. It reads the case file only."},
	"cmd.status.example": {
		"  baitiao-evidence status case.yaml\n  baitiao-evidence status case.yaml --json",
		"  baitiao-evidence status case.yaml\n  baitiao-evidence status case.yaml --json"},
	"status.title":          {"处理进度（截至 %[1]s）", "where the case stands (as of %[1]s)"},
	"status.no_actions":     {"case.yaml 中还没有记录任何处理措施（actions）。", "case.yaml records no actions yet."},
	"status.col_date":       {"日期", "date"},
	"status.col_to":         {"对象", "to"},
	"status.col_what":       {"事项", "what"},
	"status.col_ref":        {"编号", "reference"},
	"status.col_reply_by":   {"答复期限", "reply due"},
	"status.col_state":      {"状态", "state"},
	"status.state_done":     {"已完成", "done"},
	"status.state_awaiting": {"等待答复（还有 %[1]d 天）", "awaiting a reply (%[1]d days left)"},
	"status.state_overdue":  {"已逾期 %[1]d 天，未获答复", "overdue by %[1]d days, no reply"},
	"status.state_replied":  {"%[1]s 已答复", "replied %[1]s"},
	"status.steps":          {"处理步骤：", "steps:"},
	"status.next_marker":    {"← 下一步", "← next"},
	"status.overdue_advice": {
		"有 %[1]d 项已逾期未获答复：可以再次联系对方并记下新的工单号；京东逾期不处理时，可向 12378 或 12315 投诉（letter --to regulator / consumer）。",
		"%[1]d item(s) are overdue: contact them again and record the new ticket number; if JD does not act, complain to 12378 or 12315 (letter --to regulator / consumer)."},
	"status.next":     {"下一步：%[1]s。%[2]s", "next: %[1]s. %[2]s"},
	"status.all_done": {"全部步骤都已完成。请继续记录各方的答复。", "every step is done. Keep recording the replies."},
	"status.how_secure": {
		"在京东 App 中修改密码、解除陌生设备，然后在 %[1]s 的 actions 中记一笔（to: self）。",
		"change the password and remove unknown devices in the JD app, then record it in the actions of %[1]s (to: self)."},
	"status.how_jd": {
		"致电京东客服要求冻结白条并提出异议，记下工单号，写进 %[1]s 的 actions（to: jd）。",
		"call JD customer service, ask them to freeze Baitiao and raise the dispute; record the ticket number in the actions of %[1]s (to: jd)."},
	"status.how_police": {
		"带上身份证和证据包到派出所报案：baitiao-evidence letter %[1]s --to police -o 报案材料.pdf",
		"take your ID and the evidence bundle to the police station: baitiao-evidence letter %[1]s --to police -o police.pdf"},
	"status.how_jd_letter": {
		"向京东提交书面销账申请：baitiao-evidence letter %[1]s --to jd -o 京东销账申请.pdf",
		"send JD the written write-off request: baitiao-evidence letter %[1]s --to jd -o jd.pdf"},
	"status.how_credit": {
		"查询个人信用报告，把报告上的机构、业务种类、开立日期和金额填进 case.yaml 的 credit，然后：baitiao-evidence letter %[1]s --to credit -o 征信异议.pdf",
		"get your credit report, copy the institution, credit type, opening date and amount into case.yaml's credit, then: baitiao-evidence letter %[1]s --to credit -o credit.pdf"},
	"status.how_complaint": {
		"京东未妥善处理时投诉：baitiao-evidence letter %[1]s --to regulator -o 12378投诉.pdf（或 --to consumer）",
		"if JD does not resolve it, complain: baitiao-evidence letter %[1]s --to regulator -o 12378.pdf (or --to consumer)"},

	"flag.output_bundle": {
		"证据包文件夹 `OUT`（不能已存在，除非用 --force）",
		"the bundle folder `OUT` (must not exist, unless --force)"},
	"flag.tsa": {
		"向这个 RFC 3161 时间戳服务（TSA）的网址 `URL` 申请对清单的可信时间戳；这是本工具唯一会联网的情况",
		"ask this RFC 3161 time-stamp authority (`URL`) for a trusted time-stamp over the manifest; the only time the tool uses the network"},
	"flag.zip":   {"同时生成 OUT.zip", "also write OUT.zip"},
	"flag.force": {"替换已有的证据包（新包完整生成后才替换）", "replace an existing bundle (only once the new one is complete)"},
	"cmd.bundle.short": {
		"主要任务：生成报告、全部信件，并封存为可核验的证据包",
		"the main job: write the report and all letters, and seal them in a verifiable bundle"},
	"cmd.bundle.long": {
		"在 OUT 文件夹中生成：report.pdf（证据报告）、letter-*.pdf/.txt（报案材料、京东销账申请、征信异议、12378/12315 投诉）、\ndisputed.xlsx（争议交易表）、timeline.jsonl（时间线）、inputs/（原始文件的逐字节副本）、manifest.json 和 SHA256SUMS。\n证据包先写在临时文件夹中，完整后才改名到位；任何人都可以用 baitiao-evidence verify 核对它有没有被改动。\n--redact 生成用于分享的版本：遮盖身份证号和手机号，不含原始文件。",
		"writes into the folder OUT: report.pdf (the evidence report), letter-*.pdf/.txt (police, JD, credit dispute, 12378 and\n12315), disputed.xlsx, timeline.jsonl, inputs/ (byte-exact copies of the originals), manifest.json and SHA256SUMS.\nThe bundle is written to a temporary folder and renamed into place only when complete; anyone can check it\nwith baitiao-evidence verify. --redact makes a copy for sharing: ID and phone masked, originals left out."},
	"cmd.bundle.example": {
		"  baitiao-evidence bundle case.yaml -o 证据包\n  baitiao-evidence bundle case.yaml -o 证据包 --zip\n  baitiao-evidence bundle case.yaml -o 分享版 --redact",
		"  baitiao-evidence bundle case.yaml -o evidence\n  baitiao-evidence bundle case.yaml -o evidence --zip\n  baitiao-evidence bundle case.yaml -o shared --redact"},
	"bundle.exists": {
		"已经存在，不会覆盖",
		"already exists and is not overwritten"},
	"hint.bundle_exists": {
		"换一个输出位置，或加 --force 替换（新证据包完整生成后才会替换旧的）",
		"write somewhere else, or add --force to replace it (the old bundle is replaced only once the new one is complete)"},
	"bundle.letter_blanks": {
		"%[1]s 中有留空的项：%[2]s（打印后手写，或在 case.yaml 中补上后重新生成）",
		"%[1]s has blanks for: %[2]s (write them in by hand, or fill them in case.yaml and bundle again)"},
	"hint.letter_blanks": {
		"也可以单独生成：baitiao-evidence letter case.yaml --to %[1]s -o 文件.pdf",
		"or write that letter alone: baitiao-evidence letter case.yaml --to %[1]s -o FILE.pdf"},
	"bundle.no_letters": {
		"没有争议交易，证据包中不含信件",
		"no disputed transactions, so the bundle has no letters"},
	"bundle.input_changed": {
		"文件在生成证据包的过程中被改动了，证据包没有生成",
		"the file changed while the bundle was being made; no bundle was written"},
	"hint.input_changed": {
		"关闭正在编辑这个文件的程序（如 Excel），再运行一次",
		"close any program editing the file (Excel, say) and run again"},
	"tsa.failed": {
		"无法取得可信时间戳（%[1]s），证据包没有生成",
		"no trusted time-stamp could be obtained (%[1]s); no bundle was written"},
	"hint.tsa": {
		"检查网络和 TSA 地址，或去掉 --tsa 先生成证据包（之后可以重新生成带时间戳的版本）",
		"check the network and the TSA address, or bundle without --tsa for now (you can make a time-stamped bundle later)"},
	"bundle.done": {"已生成证据包 %[1]s", "wrote the bundle %[1]s"},
	"bundle.file_report": {
		"证据报告（%[1]d 页）——先打开这个",
		"the evidence report (%[1]d pages) — open this first"},
	"bundle.file_xlsx":     {"争议交易表（可用 Excel/WPS 打开）", "the disputed transactions (opens in Excel/WPS)"},
	"bundle.file_timeline": {"时间线（可导入 Timesketch）", "the timeline (imports into Timesketch)"},
	"bundle.file_inputs":   {"原始导出文件和 case.yaml 的逐字节副本", "byte-exact copies of the exports and case.yaml"},
	"bundle.file_inputs_redacted": {
		"（分享版不含原始文件，清单中只列出其名称、大小和哈希）",
		"(a shared copy leaves the originals out; the manifest lists their names, sizes and hashes)"},
	"bundle.file_manifest": {"文件清单和哈希值，用于核验", "the file list and hashes, for verification"},
	"bundle.file_tsa":      {"可信时间戳：%[1]s", "trusted time-stamp: %[1]s"},
	"bundle.zip":           {"已生成压缩包 %[1]s", "wrote the zip %[1]s"},
	"bundle.figures": {
		"报告编号 %[1]s；争议交易 %[2]d 笔，合计 %[3]s 元（其中京东白条 %[4]s 元）",
		"report ID %[1]s; %[2]d disputed transactions, total %[3]s yuan (京东白条 %[4]s yuan)"},
	"bundle.claimed": {
		"白条账单：争议订单尚欠 %[1]s 元（含服务费 %[2]s 元、违约金 %[3]s 元），当事人已还 %[4]s 元",
		"Baitiao bills: %[1]s yuan outstanding on the disputed orders (fees %[2]s, penalties %[3]s); the holder has paid %[4]s"},
	"bundle.tsa_verify": {
		"第三方可用 OpenSSL 核对时间戳（TSA-CA.pem 为时间戳服务的根证书）：%[1]s",
		"a third party checks the time-stamp with OpenSSL (TSA-CA.pem is the TSA's root certificate): %[1]s"},
	"bundle.police_station": {"派出所", "the police station"},
	"bundle.next": {
		"下一步：\n  1. 打印 report.pdf 和 letter-police.pdf，带身份证到%[1]s报案，索取报案回执；\n  2. 把 letter-jd.pdf（或 letter-jd.txt 的文字）连同 report.pdf 提交给京东，记下工单号；\n  3. 查询个人信用报告，如有错误记录，用 letter-credit.pdf 提出异议；\n  4. 每做一步就记进 case.yaml 的 actions，用 baitiao-evidence status case.yaml 查看进度；\n  5. 任何人都可以用 baitiao-evidence verify %[2]s 核对证据包没有被改动。",
		"next:\n  1. print report.pdf and letter-police.pdf and take them with your ID to %[1]s; ask for the receipt;\n  2. send JD letter-jd.pdf (or the text of letter-jd.txt) with report.pdf; note the ticket number;\n  3. get your credit report; dispute wrong records with letter-credit.pdf;\n  4. record each step in case.yaml's actions and see where you are with baitiao-evidence status case.yaml;\n  5. anyone can check the bundle is unaltered with baitiao-evidence verify %[2]s."},

	"cmd.verify.short": {
		"核验证据包：逐个文件重新计算哈希，找出缺失、被改动和多出的文件",
		"check a bundle: re-hash every file and name each missing, altered or extra one"},
	"cmd.verify.long": {
		"对照 manifest.json 重新计算证据包（文件夹或 .zip）中每个文件的 SHA-256，列出缺失、被改动和清单之外的文件；\n核对 SHA256SUMS、报告和信件中的报告编号，以及可信时间戳（如有）。全部一致时退出状态为 0，否则为 1。",
		"re-hashes every file of a bundle (folder or .zip) against manifest.json and lists each missing, altered and unlisted\nfile; checks SHA256SUMS, the report ID in the report and letters, and the time-stamp if any. Exit status 0 only when\neverything matches, else 1."},
	"cmd.verify.example": {
		"  baitiao-evidence verify 证据包\n  baitiao-evidence verify 证据包.zip --json",
		"  baitiao-evidence verify evidence\n  baitiao-evidence verify evidence.zip --json"},
	"verify.open_failed": {"无法读取（%[1]s）", "cannot read it (%[1]s)"},
	"hint.verify_path": {
		"给出 bundle 生成的文件夹或 .zip 文件",
		"give the folder or .zip that bundle wrote"},
	"verify.no_manifest": {
		"找不到 manifest.json（%[1]s），这不是一个证据包",
		"no manifest.json (%[1]s): this is not an evidence bundle"},
	"verify.bad_manifest": {
		"manifest.json 无法读取（%[1]s）",
		"manifest.json cannot be read (%[1]s)"},
	"verify.bad_zip": {
		"压缩包不安全或已损坏，未读取：%[1]s",
		"the zip is unsafe or damaged and was not read: %[1]s"},
	"verify.sums_missing": {"缺少 SHA256SUMS", "SHA256SUMS is missing"},
	"verify.sums_bad": {
		"SHA256SUMS 与文件不一致：%[1]s",
		"SHA256SUMS does not match the files: %[1]s"},
	"verify.sums_ok": {"SHA256SUMS 中的 %[1]d 个文件全部一致", "SHA256SUMS matches all %[1]d files"},
	"verify.id_bad": {
		"这些文件没有引用报告编号 %[1]s：%[2]s",
		"these files do not quote the report ID %[1]s: %[2]s"},
	"verify.id_ok": {
		"报告和信件共 %[1]d 个文件都引用报告编号 %[2]s",
		"the report and letters (%[1]d files) all quote the report ID %[2]s"},
	"verify.tsa_bad": {
		"可信时间戳与 manifest.json 不符或无法读取（%[1]s）",
		"the time-stamp does not match manifest.json or cannot be read (%[1]s)"},
	"verify.tsa_ok": {
		"可信时间戳覆盖 manifest.json，时间 %[1]s，签发者 %[2]s",
		"the time-stamp covers manifest.json: %[1]s, signed by %[2]s"},
	"verify.title": {
		"核验 %[1]s（报告编号 %[2]s，生成于 %[3]s）",
		"verifying %[1]s (report ID %[2]s, generated %[3]s)"},
	"verify.not_included": {
		"%[1]s：分享版未包含，只核对清单中的哈希",
		"%[1]s: left out of this shared copy; only its hash is listed"},
	"verify.missing": {"%[1]s：缺失", "%[1]s: missing"},
	"verify.altered": {
		"%[1]s：已被改动（应为 %[2]s，实际为 %[3]s）",
		"%[1]s: altered (expected %[2]s, found %[3]s)"},
	"verify.unlisted": {"%[1]s：不在清单中（多出的文件）", "%[1]s: not in the manifest (an extra file)"},
	"verify.files_ok": {"%[1]d 个文件与清单一致", "%[1]d files match the manifest"},
	"verify.passed":   {"结果：核验通过，证据包完整且未被改动。", "result: verified; the bundle is complete and unaltered."},
	"verify.failed":   {"核验未通过，见上面标 ✘ 的项", "verification failed; see the items marked ✘ above"},

	"cmd.demo.short": {
		"用内置的示例数据（虚构的受害人）演示主要任务",
		"run the main job on built-in sample data (a made-up victim)"},
	"cmd.demo.long": {
		"用内置的示例案件生成一个完整的证据包，展示本工具的全部输出。示例中的人和数据都是虚构的。",
		"bundles the built-in sample case to show every output of the tool. The person and data are made up."},
	"cmd.demo.example": {
		"  baitiao-evidence demo -o demo-out",
		"  baitiao-evidence demo -o demo-out"},
	"demo.intro": {
		"用内置示例数据（虚构的受害人“张三”）生成证据包……",
		"bundling the built-in sample case (a made-up victim, 张三)…"},
	"demo.open_first": {
		"先打开 %[1]s 看看报告的样子。",
		"open %[1]s first to see what the report looks like."},
	"cmd.version.short": {"显示版本", "print the version"},
	"cmd.version.long": {
		"显示本程序的版本、编译所用的 Go 版本和系统。证据包的 manifest.json 也记录版本号；求助时请附上这一行。",
		"print the version, the Go version it was built with, and the system. Bundles record the version in manifest.json; include this line when asking for help."},

	"cmd.review.short": {
		"生成核对表（Excel/WPS）：逐笔标记是否本人交易",
		"write the review sheet (Excel/WPS): mark each transaction as yours or not"},
	"cmd.review.long": {
		"把全部交易写进一个表格，“是否本人”一列可选 是 / 否 / 不确定；分析认为可疑的交易标红并写明原因。\n填好保存后，在 case.yaml 的 disputes 中加一条 - review: review.xlsx，标为“否”的交易即列为争议。\n读回时按订单号、时间和金额对应；被改动或删除的行会被指出，不会被采用。",
		"writes every transaction into a sheet whose 是否本人 column offers 是 / 否 / 不确定 (me / not me / not sure); the\nrows the analysis points at are in red with the reason. Once filled in and saved, add - review: review.xlsx under\ndisputes in case.yaml: rows marked 否 are disputed. Rows are matched back by order number, time and amount; edited\nor deleted rows are reported and not used."},
	"cmd.review.example": {
		"  baitiao-evidence review case.yaml -o review.xlsx",
		"  baitiao-evidence review case.yaml -o review.xlsx"},
	"flag.output_review": {"核对表文件 `FILE`（.xlsx）", "the review sheet `FILE` to write (.xlsx)"},
	"flag.force_review": {
		"覆盖已有的核对表（其中填写的内容会丢失）",
		"overwrite an existing review sheet (its answers are lost)"},
	"review.exists": {
		"核对表已经存在；其中可能已有填写的内容，不会覆盖",
		"the review sheet exists and may hold your answers; it is not overwritten"},
	"hint.review_exists": {
		"换一个文件名，或确认不需要其中的内容后加 --force",
		"choose another name, or add --force once you are sure its answers are not needed"},
	"review.done_outside": {
		"已写入 %[1]s：%[2]d 笔交易，其中 %[3]d 笔被分析标为可疑。\n在“是否本人”一列逐笔选择后保存，把它移到案件文件夹 %[4]s 中，然后在 case.yaml 中写：\n  disputes:\n    - review: %[5]s",
		"wrote %[1]s: %[2]d transactions, %[3]d of them marked suspicious by the analysis.\nChoose an answer in 是否本人 for each row and save, move it into the case folder %[4]s, then write in case.yaml:\n  disputes:\n    - review: %[5]s"},
	"review.done": {
		"已写入 %[1]s：%[2]d 笔交易，其中 %[3]d 笔被分析标为可疑。\n在“是否本人”一列逐笔选择后保存，然后在 case.yaml 中写：\n  disputes:\n    - review: %[4]s",
		"wrote %[1]s: %[2]d transactions, %[3]d of them marked suspicious by the analysis.\nChoose an answer in 是否本人 for each row and save, then write in case.yaml:\n  disputes:\n    - review: %[4]s"},

	"cmd.batch.short": {
		"批量处理多个案件文件夹（法律援助），并行生成证据包",
		"bundle many case folders at once (legal aid), in parallel"},
	"cmd.batch.long": {
		"每个含有 case.yaml 的文件夹是一个案件；不含 case.yaml 的文件夹会在其下一层查找案件。\n每个案件的证据包写入 OUTDIR/<案件文件夹名>，按 CPU 数并行处理（--jobs 可指定）。\n某个案件失败不影响其他案件；结果汇总在屏幕上和 OUTDIR/summary.csv 中。有任何案件失败时退出状态为 1。",
		"every folder holding a case.yaml is a case; a folder without one is searched one level down. Each bundle is\nwritten to OUTDIR/<case folder name>, cases in parallel, one per CPU (--jobs to choose). A failing case does\nnot stop the others; the outcome of each is summarised on screen and in OUTDIR/summary.csv. Exit status 1 if\nany case failed."},
	"cmd.batch.example": {
		"  baitiao-evidence batch 案件/* -o 证据包\n  baitiao-evidence batch 案件 -o 证据包 --jobs 2 --zip",
		"  baitiao-evidence batch cases/* -o bundles\n  baitiao-evidence batch cases -o bundles --jobs 2 --zip"},
	"flag.output_batch": {"存放全部证据包的文件夹 `OUTDIR`", "the folder `OUTDIR` for all the bundles"},
	"flag.jobs":         {"同时处理的案件数 `N`（默认等于 CPU 数）", "the number `N` of cases bundled at once (default: the number of CPUs)"},
	"usage.bad_jobs":    {"--jobs 的值 %[1]d 无效", "--jobs %[1]d is not valid"},
	"batch.not_a_case": {
		"这个文件夹里没有 case.yaml，它的子文件夹里也没有",
		"this folder has no case.yaml, and neither do its subfolders"},
	"hint.batch_dirs": {
		"给出案件文件夹（每个含有 case.yaml），或包含这些文件夹的上一级文件夹",
		"give case folders (each holding a case.yaml), or the folder that holds them"},
	"batch.more_errors": {"（另有 %[1]d 个错误）", " (and %[1]d more errors)"},
	"batch.col_case":    {"案件", "case"},
	"batch.col_status":  {"结果", "status"},
	"batch.col_count":   {"争议笔数", "disputed"},
	"batch.col_total":   {"争议金额", "total"},
	"batch.col_id":      {"报告编号", "report ID"},
	"batch.col_error":   {"错误", "error"},
	"batch.ok":          {"成功", "ok"},
	"batch.failed_one":  {"失败", "failed"},
	"batch.done": {
		"完成 %[1]d / %[2]d 个案件；汇总见 %[3]s",
		"%[1]d of %[2]d cases bundled; summary in %[3]s"},
	"batch.failed": {
		"%[1]d 个案件失败（共 %[2]d 个），原因见上表",
		"%[1]d of %[2]d cases failed; see the table above"},
}
