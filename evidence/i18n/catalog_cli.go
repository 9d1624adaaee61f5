package i18n

// Messages of the command line.
var cliMessages = map[string]entry{
	"label.error":   {"错误", "error"},
	"label.warning": {"警告", "warning"},
	"label.hint":    {"提示", "hint"},
	"label.usage":   {"用法错误", "usage error"},
	"sep.list":      {"，", ", "},
	"sep.clause":    {"；", "; "},

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
		"输出语言：zh（中文）或 en（英文）",
		"output language: zh (Chinese) or en (English)"},
	"flag.now": {
		"生成时间（RFC 3339，例如 2026-11-25T10:00:00+08:00）；相同输入和相同时间得到完全相同的输出",
		"the run's time (RFC 3339, e.g. 2026-11-25T10:00:00+08:00); the same inputs and time give identical outputs"},
	"flag.case": {
		"案件文件 case.yaml：检查其中列出的全部文件，并列出争议交易",
		"the case file: look at every file it lists and list the disputed transactions"},
	"flag.json": {
		"输出 JSON（结构见 README）",
		"print JSON (the shape is documented in README.md)"},
	"flag.strict": {
		"把任何警告（例如无法读取的行）都当作错误",
		"treat every warning (an unreadable row, say) as an error"},

	"cmd.init.short": {
		"新建案件文件夹和带说明的 case.yaml",
		"create a case folder with a commented case.yaml"},
	"cmd.init.long": {
		"在 DIR 中写入带中文说明的 case.yaml 模板，并建立 exports 文件夹用来放导出的文件。已有 case.yaml 时不会覆盖。",
		"write a commented case.yaml template into DIR, and an exports folder for the exported files. An existing case.yaml is never overwritten."},
	"cmd.init.example": {
		"  baitiao-evidence init 我的案件\n  baitiao-evidence init --lang en my-case",
		"  baitiao-evidence init my-case\n  baitiao-evidence init --lang zh 我的案件"},
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
	"inspect.by_synonym":         {"按列名“%[1]s”识别", "matched by name \"%[1]s\""},
	"inspect.by_manual":          {"由 case.yaml 指定为“%[1]s”", "mapped by case.yaml as \"%[1]s\""},
	"inspect.problems":           {"问题：%[1]d 个", "problems: %[1]d"},
	"inspect.case_title":         {"争议交易（%[1]s）", "disputed transactions (%[1]s)"},
	"inspect.case_counts":        {"合并后共有交易 %[1]d 笔，登录记录 %[2]d 条，账单行 %[3]d 行", "after merging: %[1]d transactions, %[2]d login events, %[3]d bill lines"},
	"inspect.disputed_total":     {"争议交易 %[1]d 笔，争议金额合计 %[2]s 元，其中京东白条 %[3]s 元", "%[1]d disputed transactions, disputed total %[2]s yuan, of which 京东白条 %[3]s yuan"},
	"inspect.failed_files":       {"%[1]d 个文件无法读取，原因见上", "%[1]d file(s) could not be read; see above"},
	"inspect.strict_failed":      {"有警告，而 --strict 把警告当作错误", "there are warnings, and --strict treats them as errors"},
	"col.time":                   {"时间", "time"},
	"col.order":                  {"订单号", "order"},
	"col.description":            {"说明", "description"},
	"col.method":                 {"支付方式", "method"},
	"col.amount":                 {"金额", "amount"},
	"col.refunded":               {"已退款", "refunded"},
	"col.disputed":               {"争议金额", "disputed"},
	"col.source":                 {"来源", "source"},
}
