package i18n

// Messages about the case file, disputes and the data of a case.
var caseMessages = map[string]entry{
	"case.too_big": {
		"case.yaml 超过 1 MB，不像是案件文件",
		"case.yaml is larger than 1 MB, which is not what a case file looks like"},
	"hint.case_file": {
		"用文本编辑器打开 case.yaml 修改；baitiao-evidence init 可以生成一份带说明的模板",
		"edit case.yaml in a text editor; baitiao-evidence init writes a commented template"},
	"case.syntax": {
		"不是有效的 YAML：%[1]s",
		"not valid YAML: %[1]s"},
	"hint.case_syntax": {
		"检查这一行及上一行的缩进（只能用空格，不能用 Tab）和冒号；含有冒号或 # 的文字请用引号括起来",
		"check the indentation (spaces only, no tabs) and colons on this line and the one before; quote text that contains a colon or #"},
	"case.unknown_key": {
		"未知的键“%[1]s”（%[2]s）；这里可以用的键有：%[3]s",
		"unknown key \"%[1]s\" (%[2]s); the keys allowed here are: %[3]s"},
	"hint.unknown_key": {
		"检查拼写。拼错的键会让其中的内容（例如一条争议记录）被悄悄忽略，所以这里直接报错",
		"check the spelling. A misspelt key would silently drop what it holds (a dispute, say), so it is an error"},
	"case.duplicate_key": {
		"键 %[1]s 出现了两次",
		"the key %[1]s appears twice"},
	"case.wrong_type": {
		"%[1]s 应为%[2]s，实际是 %[3]s",
		"%[1]s should be %[2]s, but is %[3]s"},
	"case.bad_value": {
		"%[1]s 的值 %[2]q 无效：%[3]s",
		"the value %[2]q of %[1]s is not valid: %[3]s"},
	"case.alias": {
		"%[1]s 使用了 YAML 锚点或别名（& 或 *），案件文件不支持",
		"%[1]s uses a YAML anchor or alias (& or *), which case files do not accept"},
	"case.multidoc": {
		"文件中有多个 YAML 文档（---），只能有一个",
		"the file holds more than one YAML document (---); it must hold one"},
	"case.bad_cause": {
		"应为以下之一：%[1]s",
		"it must be one of: %[1]s"},
	"case.bad_date": {
		"应为日期，例如 2026-11-20",
		"it must be a date such as 2026-11-20"},
	"case.bad_time": {
		"应为时间，例如 2026-11-03T00:00:00+08:00、2026-11-03 02:00 或 2026-11-03",
		"it must be a time such as 2026-11-03T00:00:00+08:00, 2026-11-03 02:00 or 2026-11-03"},
	"case.dispute_empty": {
		"这条争议没有选择任何记录",
		"this dispute entry selects nothing"},
	"case.dispute_mixed": {
		"一条争议只能用一种方式选择记录（order、from/to、review 或 suggested），请拆成多条",
		"a dispute entry selects in one way only (order, from/to, review or suggested); split it into several entries"},
	"case.dispute_method_alone": {
		"method 只能和 from/to 一起使用",
		"method can only be used together with from/to"},
	"case.dispute_range_reversed": {
		"时间范围的结束（to）早于开始（from）",
		"the end of the range (to) is before its start (from)"},
	"hint.dispute_forms": {
		"争议的写法：\n  - order: \"301122334455\"\n  - from: 2026-11-03T00:00:00+08:00\n    to: 2026-11-03T23:59:59+08:00\n    method: 京东白条\n  - review: review.xlsx\n  - suggested: true",
		"dispute entries look like:\n  - order: \"301122334455\"\n  - from: 2026-11-03T00:00:00+08:00\n    to: 2026-11-03T23:59:59+08:00\n    method: 京东白条\n  - review: review.xlsx\n  - suggested: true"},
	"case.bad_recipient": {
		"未知的对象 %[1]q；应为以下之一：%[2]s",
		"unknown recipient %[1]q; it must be one of: %[2]s"},
	"case.action_no_date": {
		"这条处理记录缺少日期（date）",
		"this action has no date"},
	"case.action_no_what": {
		"这条处理记录缺少内容（what）",
		"this action does not say what was done (what)"},
	"hint.action_forms": {
		"处理记录的写法：\n  - date: 2026-11-20\n    what: 致电京东客服\n    to: jd\n    ref: \"12345678\"\n    reply_by: 2026-11-27",
		"actions look like:\n  - date: 2026-11-20\n    what: called JD customer service\n    to: jd\n    ref: \"12345678\"\n    reply_by: 2026-11-27"},
	"case.bad_attachment_kind": {
		"未知的附件类型 %[1]q；应为以下之一：%[2]s",
		"unknown attachment kind %[1]q; it must be one of: %[2]s"},
	"case.attachment_no_file": {
		"这个附件缺少文件路径（file）",
		"this attachment has no file"},
	"case.empty_path": {
		"inputs 中有一个空路径",
		"inputs holds an empty path"},
	"case.out_of_range": {
		"值 %[1]d 超出范围（%[2]d 至 %[3]d）",
		"the value %[1]d is out of range (%[2]d to %[3]d)"},
	"case.phone_format": {
		"手机号 %[1]q 不是 11 位大陆手机号",
		"the phone number %[1]q is not an 11-digit mainland mobile number"},
	"hint.phone": {
		"核对手机号；信件中会原样写出它",
		"check the number; the letters print it as written"},
	"case.date_future": {
		"日期 %[1]s 晚于今天",
		"the date %[1]s is after today"},
	"hint.id_number": {
		"核对身份证号；信件中会原样写出它，写错会让申请被退回",
		"check the ID number; the letters print it as written, and a wrong one gets the request sent back"},
	"id.length": {
		"身份证号应为 18 位，这里是 %[1]d 位",
		"an ID number has 18 characters, this one has %[1]d"},
	"id.not_digits": {
		"身份证号前 17 位应全是数字",
		"the first 17 characters of an ID number must be digits"},
	"id.bad_birth": {
		"身份证号中的出生日期 %[1]s 不存在",
		"the birth date %[1]s in the ID number does not exist"},
	"id.birth_future": {
		"身份证号中的出生日期 %[1]s 还没有到",
		"the birth date %[1]s in the ID number is in the future"},
	"id.bad_check": {
		"身份证号最后一位校验码是 %[1]s，按前 17 位计算应为 %[2]s",
		"the ID number's check character is %[1]s, but the first 17 digits give %[2]s"},
	"case.open_failed": {
		"无法读取案件文件（%[1]s）",
		"cannot read the case file (%[1]s)"},
	"case.not_found": {
		"找不到案件文件（%[1]s）",
		"case file not found (%[1]s)"},
	"hint.case_init": {
		"先用 baitiao-evidence init 文件夹 生成 case.yaml，再按其中的说明填写",
		"create one with baitiao-evidence init FOLDER, then fill it in as its comments say"},
	"case.no_transactions": {
		"inputs.transactions 中没有列出任何交易流水文件",
		"inputs.transactions lists no transaction export"},
	"hint.no_transactions": {
		"从京东 App 导出交易流水（我的 → 我的钱包/账单 → 导出），放进案件文件夹，并在 case.yaml 中写：\n  inputs:\n    transactions: [exports/jd.csv]",
		"export the transaction records from the JD app, put the file in the case folder and write in case.yaml:\n  inputs:\n    transactions: [exports/jd.csv]"},
	"case.path_outside": {
		"路径 %[1]q 指向案件文件夹之外",
		"the path %[1]q leads outside the case folder"},
	"hint.path_outside": {
		"把文件复制到 case.yaml 所在的文件夹（或其子文件夹）里，再写相对路径，例如 exports/jd.csv",
		"copy the file into the folder case.yaml is in (or a folder below it) and give a relative path such as exports/jd.csv"},
	"case.same_file_twice": {
		"%[1]s 与 %[2]s 内容完全相同，只读取一次",
		"%[1]s has exactly the same content as %[2]s and is read once"},
	"hint.same_file_twice": {
		"从 case.yaml 中删掉重复的一项",
		"remove the duplicate from case.yaml"},
	"case.columns_unknown_file": {
		"columns 中的 %[1]q 不是 inputs 中列出的文件",
		"%[1]q in columns is not one of the files listed under inputs"},
	"hint.columns_unknown_file": {
		"columns 下的文件名要与 inputs 中写的完全一致",
		"file names under columns must be written exactly as under inputs"},
	"case.columns_unknown_field": {
		"%[1]q 不是%[2]s的列；可用的有：%[3]s",
		"%[1]q is not a column of a %[2]s; the columns are: %[3]s"},
	"hint.columns_field": {
		"columns 的写法是 列的含义: 文件里的列名，例如 {time: 日期, amount: 金额(元), order: 订单编号}",
		"columns map a meaning to the file's header, e.g. {time: 日期, amount: 金额(元), order: 订单编号}"},
	"case.account_mismatch": {
		"导出文件中的京东账号是 %[1]q，而 case.yaml 中写的是 %[2]q",
		"the export names the JD account %[1]q, but case.yaml says %[2]q"},
	"hint.account_mismatch": {
		"确认这份导出来自本人的账号；若 case.yaml 写错了，请改正 victim.jd_account",
		"check that the export is from the victim's account; if case.yaml is wrong, correct victim.jd_account"},
	"merge.repeated_row": {
		"这一行与 %[1]s 完全相同（订单号、时间、金额），只计一次",
		"this row repeats %[1]s (order number, time and amount) and is counted once"},
	"hint.repeated_row": {
		"导出文件中出现重复行，请对照京东 App 中的记录",
		"the export repeats a row; compare with the records in the JD app"},
	"dispute.order_none": {
		"订单号 %[1]s 没有匹配到任何交易",
		"the order number %[1]s matches no transaction"},
	"hint.order_none": {
		"核对订单号（可能输错，或被 Excel 损坏）；用 baitiao-evidence inspect --case case.yaml 查看读到的全部订单号",
		"check the number (a typo, or damaged by Excel); list every order number read with baitiao-evidence inspect --case case.yaml"},
	"dispute.range_none": {
		"时间范围 %[1]s 内没有任何支出记录",
		"no purchase falls in the range %[1]s"},
	"hint.range_none": {
		"核对 from/to 的日期和时区（默认北京时间），以及 method 的写法",
		"check the from/to dates and zone (China time by default), and how method is spelt"},
	"dispute.review_unsupported": {
		"review（核对表）选择方式尚未支持，这一条被忽略",
		"the review selector is not supported yet; this entry is ignored"},
	"dispute.review_none": {
		"核对表 %[1]s 中没有任何一行标为“否”",
		"no row of the review sheet %[1]s is marked 否 (not me)"},
	"hint.review_none": {
		"在核对表“是否本人”一列中，把不是本人的交易选为“否”并保存",
		"in the review sheet's 是否本人 column, choose 否 for every transaction that was not you, and save"},
	"dispute.suggested_unsupported": {
		"suggested（分析建议）选择方式尚未支持，这一条被忽略",
		"the suggested selector is not supported yet; this entry is ignored"},
	"dispute.suggested_none": {
		"分析没有建议任何交易",
		"the analysis suggests no transaction"},
	"dispute.not_purchase": {
		"订单 %[1]s 是%[2]s记录，不是消费，不计入争议（%[3]s）",
		"order %[1]s is a record of type %[2]s, not a purchase, and is not disputed (%[3]s)"},
	"hint.not_purchase": {
		"只有“支出”记录可以申请销账；退款和还款记录会在报告中照常列出",
		"only expense records can be disputed; refunds and repayments are still listed in the report"},

	"review.unreadable": {
		"核对表无法读取（%[1]s）",
		"the review sheet cannot be read (%[1]s)"},
	"hint.review": {
		"用 baitiao-evidence review case.yaml -o review.xlsx 生成核对表，只在“是否本人”一列选择 是、否 或 不确定，其他列不要改动",
		"make the sheet with baitiao-evidence review case.yaml -o review.xlsx and only choose 是, 否 or 不确定 in the 是否本人 column; change nothing else"},
	"review.no_sheet": {
		"这不是本工具生成的核对表（找不到“核对表”工作表）",
		"this is not a review sheet made by this tool (no sheet named 核对表)"},
	"review.columns_changed": {
		"核对表的列名被改动过，找不到交易时间、交易订单号、金额或是否本人列",
		"the review sheet's headers were changed: the time, order number, amount or 是否本人 column is missing"},
	"review.bad_answer": {
		"“是否本人”填的是 %[1]q，应为 是、否 或 不确定；这一行未采用",
		"是否本人 says %[1]q; it must be 是, 否 or 不确定; the row is not used"},
	"review.edited_row": {
		"这一行（时间 %[1]s，订单号 %[2]s，金额 %[3]s）对应不到任何交易，可能被改动过；这一行未采用",
		"this row (time %[1]s, order %[2]s, amount %[3]s) matches no transaction and may have been edited; the row is not used"},
	"review.deleted_rows": {
		"有 %[1]d 笔交易不在核对表中（行被删除，或核对表是旧的），例如：%[2]s",
		"%[1]d transactions are not in the review sheet (rows deleted, or the sheet is old), e.g. %[2]s"},
	"hint.review_regenerate": {
		"导出文件有变化时，请重新生成核对表并重新填写",
		"when the exports change, make a new review sheet and fill it in again"},

	"bill.unlinked": {
		"账单行（订单号 %[1]s，%[2]s）在交易流水中找不到对应的交易",
		"the bill line (order %[1]s, %[2]s) matches no transaction of the exports"},
	"hint.bill_unlinked": {
		"这可能是导出范围之外的消费，也可能是导出文件中缺少的交易；请对照京东 App 中的订单，必要时扩大交易流水的导出时间范围",
		"it may be a purchase outside the exported period, or one missing from the export; compare with the orders in the JD app and export a longer period if needed"},
	"bill.no_lines": {
		"争议订单 %[1]s 在账单中没有对应的账单行",
		"the disputed order %[1]s has no line in the bills"},
	"hint.bill_no_lines": {
		"把这笔消费所在月份的白条账单或分期明细也导出（抄录）并加入 inputs.bills",
		"add the Baitiao bill or installment list of that month to inputs.bills"},
	"bill.weak_link": {
		"这一账单行没有可用的订单号，按金额和日期对应到 %[1]s（订单号 %[2]s），对应关系较弱",
		"this bill line has no usable order number and was linked by amount and date to %[1]s (order %[2]s), a weaker link"},
	"hint.bill_weak_link": {
		"请在账单中补上订单号，或核对这一对应是否正确",
		"add the order number to the bill, or check that the link is right"},
}
