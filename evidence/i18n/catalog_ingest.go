package i18n

// Messages about reading input files.
var ingestMessages = map[string]entry{
	"ingest.is_dir": {
		"这是一个文件夹，不是导出文件",
		"this is a folder, not an exported file"},
	"ingest.not_found": {
		"找不到文件（%[1]s）",
		"file not found (%[1]s)"},
	"ingest.no_permission": {
		"没有权限读取该文件（%[1]s）",
		"no permission to read the file (%[1]s)"},
	"ingest.open_failed": {
		"无法打开文件（%[1]s）",
		"cannot open the file (%[1]s)"},
	"hint.input_file": {
		"检查 case.yaml 中 inputs 下的路径：相对路径以 case.yaml 所在文件夹为准",
		"check the path under inputs in case.yaml: relative paths start from the folder case.yaml is in"},
	"ingest.ole2": {
		"这是旧版 .xls 表格，或设置了打开密码的 .xlsx，无法直接读取",
		"this is an old .xls workbook or a password-protected .xlsx, which cannot be read"},
	"hint.ole2": {
		"用 Excel 或 WPS 打开它，取消密码后“另存为” .xlsx 或 CSV（UTF-8）文件，再把新文件写进 case.yaml；原文件请保留作证据",
		"open it in Excel or WPS, remove the password and \"Save As\" .xlsx or CSV (UTF-8), then list the new file in case.yaml; keep the original as evidence"},
	"ingest.read_failed": {
		"读取失败：%[1]s",
		"read failed: %[1]s"},
	"ingest.too_big": {
		"文件超过 %[1]d MB，不像是京东导出的记录",
		"the file is larger than %[1]d MB, which is not what a JD export looks like"},
	"hint.too_big": {
		"确认选对了文件；京东导出的交易流水通常只有几 MB",
		"check that this is the right file; a JD transaction export is usually a few MB"},
	"ingest.empty": {
		"文件是空的",
		"the file is empty"},
	"hint.empty": {
		"重新从京东 App 导出，确认导出的时间范围内有记录",
		"export again from the JD app and check that the chosen period has records"},
	"ingest.bad_encoding": {
		"文字编码无法识别：既不是 UTF-8，也不是 GBK/GB18030 或 UTF-16（出错的字节：%[1]s）",
		"the text encoding is not recognised: neither UTF-8 nor GBK/GB18030 nor UTF-16 (offending bytes: %[1]s)"},
	"hint.encoding": {
		"文件可能已损坏，或不是文本文件。请使用京东导出的原始文件；若用 Excel/WPS 另存过，请选择“CSV UTF-8”格式",
		"the file may be damaged or not a text file. Use the original JD export; if you re-saved it in Excel/WPS, choose \"CSV UTF-8\""},
	"ingest.mixed_encoding": {
		"文件混用了两种文字编码：第 %[1]d 行是 UTF-8，第 %[2]d 行是 GBK，无法可靠读取",
		"the file mixes two text encodings: line %[1]d is UTF-8, line %[2]d is GBK; it cannot be read reliably"},
	"hint.mixed_encoding": {
		"文件可能由两个文件拼接而成。请分别使用原始导出文件，每个文件写进 case.yaml",
		"the file may have been pasted together from two files. Use the original exports separately and list each in case.yaml"},
	"ingest.no_content": {
		"前 %[1]d 行都是空的，找不到表头",
		"the first %[1]d lines are empty: no header found"},
	"ingest.wrong_kind": {
		"该文件在 case.yaml 中列为%[1]s，但它的表头看起来是%[2]s",
		"the file is listed in case.yaml as %[1]s, but its header looks like a %[2]s"},
	"hint.wrong_kind": {
		"把它移到 case.yaml 的 inputs.%[1]s 下",
		"move it under inputs.%[1]s in case.yaml"},
	"ingest.no_header": {
		"找不到表头：前 %[1]d 行中没有一行含有所需的列（%[2]s）。最像表头的一行是：%[3]s",
		"no header found: none of the first %[1]d lines has the columns needed (%[2]s). The line that looks most like a header is: %[3]s"},
	"hint.columns_mapping": {
		"在 case.yaml 中手动指定列名，例如：\n  columns:\n    %[1]s: {%[2]s}\n然后用 baitiao-evidence inspect --case case.yaml 检查",
		"map the columns by hand in case.yaml, e.g.:\n  columns:\n    %[1]s: {%[2]s}\nthen check with baitiao-evidence inspect --case case.yaml"},
	"ingest.xlsx_corrupt": {
		"无法读取该表格文件（%[1]s）",
		"cannot read this workbook (%[1]s)"},
	"hint.xlsx_corrupt": {
		"文件可能已损坏或下载不完整。用 Excel/WPS 打开后另存为 .xlsx，或重新导出",
		"the file may be damaged or incompletely downloaded. Open it in Excel/WPS and save as .xlsx again, or export it again"},
	"ingest.xlsx_empty": {
		"表格里没有任何数据",
		"the workbook holds no data"},
	"ingest.xlsx_bomb": {
		"表格解压后将超过 %[1]d MB：这不是正常的导出文件，已停止读取",
		"the workbook would unpack to more than %[1]d MB: this is not a normal export, reading stopped"},
	"hint.xlsx_bomb": {
		"不要使用来历不明的文件；请从京东 App 重新导出",
		"do not use files of unknown origin; export again from the JD app"},
	"ingest.zip_not_xlsx": {
		"这是一个 zip 压缩包，但不是 .xlsx 表格",
		"this is a zip archive, but not an .xlsx workbook"},
	"ingest.sheet_ignored": {
		"该工作表没有可识别的表头，已跳过",
		"this sheet has no recognised header and was skipped"},
	"hint.sheet_ignored": {
		"如果这个工作表里有记录，请在 case.yaml 的 columns 中指定它的列名",
		"if this sheet holds records, map its columns in case.yaml's columns block"},

	"row.too_few_fields": {
		"这一行只有 %[1]d 个字段，表头有 %[2]d 个；缺少的按空值读取",
		"the row has %[1]d fields but the header has %[2]d; the missing ones are read as empty"},
	"row.too_many_fields": {
		"这一行有 %[1]d 个字段，表头只有 %[2]d 个；多出的内容 %[3]s 未使用（原始内容已保留）",
		"the row has %[1]d fields but the header only %[2]d; the extra cells %[3]s are not used (the raw row is kept)"},
	"hint.row_shape": {
		"用记事本打开文件查看这一行：可能有多余或缺少的逗号",
		"open the file in a text editor and look at this row: a comma may be missing or extra"},
	"row.nul": {
		"单元格里有 NUL（零）字节，这一行未读取",
		"the cell contains NUL (zero) bytes; the row was not read"},
	"row.bad_encoding": {
		"这一行有无法按 %[1]s 解码的字节，未读取",
		"the row has bytes that do not decode as %[1]s; it was not read"},
	"row.time_missing": {
		"缺少时间，这一行未读取",
		"the time is missing; the row was not read"},
	"row.time_bad": {
		"时间 %[1]q 无法识别，这一行未读取",
		"the time %[1]q is not recognised; the row was not read"},
	"hint.time_forms": {
		"时间应形如 2026-11-03 02:41:10、2026/11/3 2:41 或 2026年11月3日 02:41",
		"times should look like 2026-11-03 02:41:10, 2026/11/3 2:41 or 2026年11月3日 02:41"},
	"row.time_range": {
		"时间 %[1]q 超出合理范围（2000 年至 2100 年），这一行未读取",
		"the time %[1]q is out of range (2000 to 2100); the row was not read"},
	"hint.time_range": {
		"这通常是表格把空日期显示成了 1899/1900 年；请对照原始导出文件",
		"this is usually a spreadsheet showing an empty date as 1899/1900; compare with the original export"},
	"row.time_future": {
		"时间 %[1]q 晚于本次生成时间 %[2]s",
		"the time %[1]q is later than this run's time %[2]s"},
	"hint.time_future": {
		"检查电脑时钟，或用 --now 指定正确的生成时间；若记录本身有误，请对照原始导出文件",
		"check the computer's clock or give the right time with --now; if the record itself is wrong, compare with the original export"},
	"row.amount_missing": {
		"缺少金额，这一行未读取",
		"the amount is missing; the row was not read"},
	"row.amount_bad": {
		"金额 %[1]q 无法识别（%[2]s），这一行未读取",
		"the amount %[1]q is not recognised (%[2]s); the row was not read"},
	"hint.amount_forms": {
		"金额应形如 8999.00、¥1,234.50、8999.00(已退款1000.00) 或 69.00(已全额退款)",
		"amounts should look like 8999.00, ¥1,234.50, 8999.00(已退款1000.00) or 69.00(已全额退款)"},
	"row.direction_unknown": {
		"收/支 的值 %[1]q 无法识别，按“未注明”处理",
		"the direction %[1]q is not recognised and is treated as unspecified"},
	"hint.direction": {
		"京东的收/支一列应为 收入、支出 或 不计收支",
		"JD's direction column should say 收入, 支出 or 不计收支"},
	"row.order_exponent": {
		"订单号 %[1]s 是科学计数法：文件被 Excel 打开保存过，订单号已经损坏",
		"the order number %[1]s is in scientific notation: Excel has saved this file and damaged the number"},
	"row.order_zeros": {
		"订单号 %[1]s 第 15 位之后全是 0：可能被 Excel 截断过",
		"the order number %[1]s has only zeros after its 15th digit: Excel may have cut it"},
	"hint.order_damaged": {
		"本工具无法修复订单号。请使用京东导出的原始文件，或到京东 App 的订单详情中核对订单号；这一行仍然被读取",
		"the tool cannot repair order numbers. Use the original JD export or check the number in the JD app's order details; the row is still read"},
	"row.result_unknown": {
		"登录结果 %[1]q 无法识别，按“未注明”处理",
		"the login result %[1]q is not recognised and is treated as unspecified"},
	"hint.result": {
		"登录结果应为“成功”或“失败”",
		"the login result should be 成功 (success) or 失败 (failure)"},
	"row.installment_bad": {
		"期数 %[1]q 无法识别，这一行未读取",
		"the installment %[1]q is not recognised; the row was not read"},
	"hint.installment": {
		"期数应形如 3/12（第 3 期，共 12 期）或 12",
		"installments should look like 3/12 (the 3rd of 12) or 12"},
	"row.bill_status_unknown": {
		"账单状态 %[1]q 无法识别，按“未注明”处理",
		"the bill status %[1]q is not recognised and is treated as unspecified"},
	"hint.bill_status": {
		"账单状态应为 已还清、未还、部分还款 或 逾期",
		"the bill status should be 已还清, 未还, 部分还款 or 逾期"},
	"row.bill_no_amount": {
		"这一行账单没有任何金额（本金、服务费、违约金、应还或已还），未读取",
		"the bill line has no amount at all (principal, fee, penalty, due or paid); it was not read"},
	"row.bill_no_subject": {
		"这一行账单既没有订单号，也没有商品名称或交易时间，无法对应到交易，未读取",
		"the bill line has no order number, description or purchase time to link it to a purchase; it was not read"},
	"hint.bill_columns": {
		"检查账单表格的列名，必要时在 case.yaml 的 columns 中手动指定",
		"check the bill's column names and map them in case.yaml's columns block if needed"},
	"row.csv_open_quote": {
		"第 %[1]d 行开始的引号一直没有闭合，第 %[1]d 至 %[2]d 行都无法读取",
		"a quote opened on line %[1]d is never closed; lines %[1]d to %[2]d could not be read"},
	"row.csv_bare_quote": {
		"第 %[1]d 个字符处有多余的引号，这一行未读取",
		"a stray quote at character %[1]d; the row was not read"},
	"row.csv_stray_quote": {
		"第 %[1]d 个字符处：引号闭合后紧跟着其他字符（应是分隔符或换行），这一行未读取",
		"at character %[1]d: a closing quote is followed by other text (a delimiter or the end of the line was expected); the row was not read"},
	"row.csv_other": {
		"这一行无法按 CSV 读取（%[1]s）",
		"the row is not valid CSV (%[1]s)"},
	"hint.csv_quote": {
		"用记事本打开文件查看这一行的引号；请尽量使用京东导出的原始文件",
		"open the file in a text editor and check the quotes on this line; use the original JD export where possible"},
	"header.duplicate": {
		"表头中有两列都叫“%[1]s”（第 %[2]d 列和第 %[3]d 列）；使用第 %[2]d 列",
		"two columns are named \"%[1]s\" (columns %[2]d and %[3]d); column %[2]d is used"},
	"hint.duplicate_header": {
		"如果应该用另一列，在 case.yaml 的 columns 中写 %[1]s: \"#%[2]d\"",
		"if the other column is the right one, write %[1]s: \"#%[2]d\" in case.yaml's columns block"},
	"preamble.count_mismatch": {
		"文件开头写着共 %[1]d 笔记录，实际读到 %[2]d 笔",
		"the file's preamble says %[1]d records, but %[2]d were read"},
	"preamble.summary_mismatch": {
		"文件开头的汇总写着%[1]s %[2]d 笔、%[3]s 元，实际读到 %[4]d 笔、%[5]s 元",
		"the file's preamble summary says %[1]s: %[2]d records, %[3]s yuan; read: %[4]d records, %[5]s yuan"},
	"hint.preamble": {
		"可能有记录缺失、无法读取，或文件被修改过；请查看上面列出的问题，并对照京东导出的原始文件",
		"records may be missing or unreadable, or the file was edited; see the problems listed above and compare with the original JD export"},

	"amount.empty": {"金额为空", "the amount is empty"},
	"amount.bad_refund": {
		"退款部分 %[1]q 不是金额",
		"the refund part %[1]q is not an amount"},
	"amount.unknown_suffix": {
		"括号中的 %[1]q 不是已知的退款说明",
		"%[1]q in parentheses is not a known refund note"},
	"amount.refund_too_large": {
		"退款 %[1]s 大于金额 %[2]s",
		"the refund %[1]s is larger than the amount %[2]s"},
	"amount.no_digits": {"%[1]q 中没有数字", "%[1]q has no digits"},
	"amount.bad_grouping": {
		"%[1]q 的千位分隔符位置不对",
		"%[1]q has thousands separators in the wrong places"},
	"amount.not_number": {"%[1]q 不是数字", "%[1]q is not a number"},
	"amount.too_many_decimals": {
		"%[1]q 的小数超过两位（不足一分）",
		"%[1]q has more than two decimals (a fraction of a fen)"},
	"amount.too_large": {
		"%[1]q 太大，不可能是一笔消费",
		"%[1]q is too large to be a purchase"},

	"ingest.no_rows": {
		"%[1]s只有表头，没有任何记录",
		"the %[1]s has a header but no records"},
	"hint.no_rows": {
		"重新导出时选择包含交易的时间范围；若文件本应有记录，请对照京东 App 检查",
		"export again for a period that has records; if the file should have records, compare with the JD app"},
	"ingest.preamble_only": {
		"文件只有京东的导出说明，没有表头和记录（导出可能被中断，或所选时间范围内没有交易）",
		"the file holds only JD's export notes, no header and no records (the export may have been cut short, or the period has no transactions)"},
	"hint.preamble_only": {
		"在京东 App 中重新导出，确认导出完成，并选择有交易的时间范围",
		"export again from the JD app, let the export finish, and choose a period with transactions"},
	"ingest.line_too_long": {
		"这一行长达 %[1]d MB，没有换行：这不是一个表格文件",
		"this line is %[1]d MB long without a line break: this is not a table file"},
	"ingest.extension_mismatch": {
		"文件扩展名是 %[1]s，但内容实际是 %[2]s；已按 %[2]s 读取",
		"the file is named %[1]s but is really %[2]s; it was read as %[2]s"},
	"hint.extension_mismatch": {
		"文件可能在“另存为”时选错了格式；原始文件保持不变，证据包中的副本与它逐字节相同",
		"the file was probably saved with the wrong type; the original is kept as it is, and the bundle's copy is byte-exact"},

	"ingest.too_many_columns": {
		"表头有 %[1]d 列，远多于京东导出文件的列数",
		"the header has %[1]d columns, far more than a JD export has"},
	"hint.too_many_columns": {
		"确认这是京东导出的原始文件；用到的列已按名称读取，其余列原样保留",
		"check that this is the original JD export; the known columns were read by name, the rest kept as they are"},
}
