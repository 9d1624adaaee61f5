package i18n

// Messages about attachments (screenshots, photos, documents) and reading
// login records from screenshots.
var attachMessages = map[string]entry{
	"cmd.ocr.short": {
		"从京东 App 登录记录的截图中识别登录记录，生成待核对的登录记录表（需要 tesseract）",
		"read login records off screenshots of the JD app's login record screens into a draft login log to check (needs tesseract)"},
	"cmd.ocr.long": {
		"京东没有导出登录记录的功能，只能截图。本命令用 tesseract 文字识别读出截图中的登录时间、地点、设备、方式和结果，\n写成一个 CSV 草稿：每一行注明来自哪张截图的第几条，并标明“机器识别，待核对”。\n请逐条对照截图核对、改正，然后在 case.yaml 的 inputs.logins 中使用它；截图本身请作为附件（attachments）保留，它们才是证据。\n需要先安装 tesseract 和简体中文识别数据；截图只会被读取，不会被改动。",
		"JD has no export of login records, only screens to take screenshots of. This command reads the login time, place, device,\nmethod and result off such screenshots with the tesseract OCR engine into a draft CSV: every row says which screenshot\nand which entry it comes from and is marked as machine-transcribed and to be checked. Check each row against the\nscreenshot and correct it, then use the draft under inputs.logins in case.yaml; keep the screenshots as attachments:\nthey are the evidence. Needs tesseract with the Simplified Chinese data; the screenshots are only read."},
	"cmd.ocr.example": {
		"  baitiao-evidence ocr-logins 截图/登录记录1.png 截图/登录记录2.png -o exports/logins-draft.csv\n  baitiao-evidence ocr-logins 截图 -o exports/logins-draft.csv --year 2025",
		"  baitiao-evidence ocr-logins shots/logins-1.png shots/logins-2.png -o exports/logins-draft.csv\n  baitiao-evidence ocr-logins shots -o exports/logins-draft.csv --year 2025"},
	"flag.output_ocr": {
		"写入的登录记录草稿 `FILE`（.csv）",
		"the draft login log `FILE` to write (.csv)"},
	"flag.year": {
		"截图中的日期没有年份时使用的`年份`（默认今年）",
		"the `year` for dates shown without one (default: this year)"},
	"flag.force_ocr": {
		"覆盖已有的草稿（其中的改正会丢失）",
		"overwrite an existing draft (corrections made in it are lost)"},
	"usage.bad_year": {
		"--year 的值 %[1]d 无效",
		"--year %[1]d is not valid"},
	"progress.ocr": {
		"正在识别截图：已完成 %[1]d / %[2]d 张",
		"reading screenshots: %[1]d of %[2]d done"},
	"ocr.exists": {
		"草稿已经存在，不会覆盖",
		"the draft already exists and is not overwritten"},
	"hint.ocr_exists": {
		"其中可能已有您的改正；换一个文件名，或确认不需要后用 --force",
		"it may hold your corrections; choose another name, or use --force if it does not"},
	"ocr.no_tesseract": {
		"没有找到 tesseract 文字识别程序，无法从截图中识别文字",
		"the tesseract OCR program was not found, so screenshots cannot be read"},
	"ocr.no_language": {
		"tesseract 已安装，但缺少简体中文识别数据（%[1]s）",
		"tesseract is installed but lacks the Simplified Chinese data (%[1]s)"},
	"hint.ocr_install_windows": {
		"安装 UB Mannheim 提供的 Windows 版 Tesseract 安装程序，安装时在“Additional language data”中勾选 Chinese (Simplified)；装在默认位置即可被找到。也可以不识别，直接对照截图把登录记录抄成表格",
		"install the Windows Tesseract installer from UB Mannheim and tick Chinese (Simplified) under \"Additional language data\"; the default location is found. Or type the login records off the screenshots into a sheet by hand"},
	"hint.ocr_install_darwin": {
		"在终端中运行 brew install tesseract tesseract-lang（需要先安装 Homebrew）。也可以不识别，直接对照截图把登录记录抄成表格",
		"run brew install tesseract tesseract-lang in Terminal (Homebrew needed). Or type the login records off the screenshots into a sheet by hand"},
	"hint.ocr_install_linux": {
		"安装 tesseract 和简体中文数据，例如 Debian/Ubuntu 上运行 sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim。也可以不识别，直接对照截图把登录记录抄成表格",
		"install tesseract and its Simplified Chinese data, e.g. sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim on Debian/Ubuntu. Or type the login records off the screenshots into a sheet by hand"},
	"ocr.failed": {
		"文字识别失败（%[1]s）",
		"text recognition failed (%[1]s)"},
	"hint.ocr_failed": {
		"确认这是一张清晰、完整的截图；可以用看图软件另存为 PNG 再试",
		"make sure it is a sharp, complete screenshot; saving it as PNG with an image viewer and trying again may help"},
	"ocr.not_image": {
		"这不是图片（%[1]s），无法识别",
		"this is not an image (%[1]s) and cannot be read"},
	"ocr.image_missing": {
		"找不到这个文件",
		"file not found"},
	"ocr.no_images": {
		"没有找到可以识别的截图",
		"no screenshots to read were found"},
	"hint.ocr_images": {
		"给出截图文件（PNG 或 JPEG），或存放截图的文件夹",
		"give the screenshot files (PNG or JPEG), or a folder holding them"},
	"ocr.image_done": {
		"%[1]s：识别出 %[2]d 条登录记录",
		"%[1]s: %[2]d login record(s) read"},
	"ocr.none_found": {
		"%[1]s 中没有识别出登录记录：请确认这是登录记录页面的截图，文字清楚",
		"no login records were read from %[1]s: make sure it is a screenshot of a login record screen, with sharp text"},
	"ocr.done": {
		"已写入草稿 %[1]s：共 %[2]d 条，全部标为“机器识别，待核对”",
		"wrote the draft %[1]s: %[2]d record(s), all marked as machine-transcribed and to be checked"},
	"ocr.some_no_time": {
		"%[1]d 条没有识别出时间，请对照截图补上，否则读取时会报错",
		"%[1]d record(s) have no time read; fill them in from the screenshot, or reading the draft will fail"},
	"ocr.some_year": {
		"%[1]d 条的日期在截图中没有年份，已按不晚于今天的最近一年填写（见“核对说明”）；不对请用 --year 或手动改正",
		"%[1]d record(s) show no year; the latest year not after today was used (see 核对说明); if wrong, use --year or correct them by hand"},
	"ocr.next": {
		"下一步：\n  1. 用 Excel/WPS 或文本编辑器打开 %[1]s，逐条对照截图核对、改正（可删除第一行的说明）；\n  2. 在 case.yaml 的 inputs.logins 中加入这个文件；\n  3. 把截图（%[2]s）放进案件文件夹，在 attachments 中列出（kind: login-screenshot），它们才是证据。",
		"next:\n  1. open %[1]s in Excel/WPS or a text editor and check each row against the screenshots, correcting it (the first line may be deleted);\n  2. add the file under inputs.logins in case.yaml;\n  3. put the screenshots (%[2]s) in the case folder and list them under attachments (kind: login-screenshot): they are the evidence."},
	"ocr.draft_banner": {
		"# 草稿：由 baitiao-evidence ocr-logins 用 tesseract 从截图中识别，未经核对。请逐条对照截图核对、改正后再使用。",
		"# DRAFT: read off screenshots with tesseract by baitiao-evidence ocr-logins, not yet checked. Check every row against the screenshots and correct it before use."},
	"ocr.note_check": {
		"机器识别，待核对",
		"machine-transcribed, to be checked"},
	"ocr.note_no_time": {
		"未能识别时间（识别出的文字：%[1]q），请补上",
		"no time could be read (text read: %[1]q); fill it in"},
	"ocr.note_year": {
		"截图中没有年份，按 %[1]d 年填写",
		"no year on the screen; %[1]d used"},
	"ocr.note_unread": {
		"未归类的文字：%[1]s",
		"text not placed: %[1]s"},
	"ocr.source": {
		"%[1]s 第 %[2]d 条（图片第 %[3]d–%[4]d 像素行）",
		"%[1]s entry %[2]d (pixel rows %[3]d–%[4]d)"},
	"inspect.attachments": {
		"附件 %[1]d 个：",
		"%[1]d attachment(s):"},
	"attach.not_found": {
		"找不到附件 %[1]q",
		"attachment %[1]q not found"},
	"hint.attach_not_found": {
		"检查 case.yaml 中 attachments 下的路径（相对于 case.yaml 所在的文件夹），以及文件是否已经放进案件文件夹",
		"check the path under attachments in case.yaml (relative to the folder case.yaml is in) and that the file is in the case folder"},
	"attach.empty_folder": {
		"附件文件夹 %[1]q 是空的",
		"the attachment folder %[1]q is empty"},
	"attach.duplicate": {
		"附件 %[1]s 与 %[2]s 内容完全相同，只收录一次",
		"attachment %[1]s is identical to %[2]s and is included once"},
	"attach.unreadable_file": {
		"无法读取附件（%[1]s）",
		"cannot read the attachment (%[1]s)"},
	"attach.heic": {
		"这是 HEIC/HEIF 格式的照片（苹果手机的默认格式），本工具和多数办案电脑都无法显示",
		"this is a HEIC/HEIF photo (the iPhone's default format), which neither this tool nor most reviewers' computers can show"},
	"hint.heic": {
		"请转成 JPEG 再附上，原来的 HEIC 文件另外保留：在 Mac 的“预览”中打开，选“文件 → 导出”，格式选 JPEG；或在 iPhone 上通过微信、邮件发给自己（通常会转成 JPEG）。以后拍照可在 iPhone“设置 → 相机 → 格式”中选“兼容性最佳”",
		"convert it to JPEG first and keep the original HEIC file as well: on a Mac open it in Preview and choose File → Export, format JPEG; or send it to yourself from the iPhone by WeChat or mail (which usually converts it). For future photos choose Settings → Camera → Formats → Most Compatible on the iPhone"},
	"attach.image_too_big_file": {
		"图片文件太大（%[1]d MB，最多 %[2]d MB）",
		"the image file is too large (%[1]d MB; at most %[2]d MB)"},
	"attach.too_many_pixels": {
		"图片太大：%[1]d×%[2]d，约 %[3]d 百万像素（最多 %[4]d 百万像素），无法放进报告",
		"the image is too large: %[1]d×%[2]d, about %[3]d megapixels (at most %[4]d), and cannot be put in the report"},
	"hint.image_too_big": {
		"用“画图”（Windows）或“预览”（Mac）把它缩小后另存一份再附上，原图请另外保留；截图一般不会这么大",
		"save a smaller copy with Paint (Windows) or Preview (Mac) and attach that, keeping the original; screenshots are never this large"},
	"attach.not_an_image": {
		"文件名是图片（%[1]s），但内容不是可以读取的图片",
		"the name says image (%[1]s), but the content is not an image that can be read"},
	"hint.not_an_image": {
		"文件可能没有下载完整或已损坏，也可能是改了扩展名的其他文件；请重新截图或重新保存",
		"the file may be incomplete or damaged, or another kind of file renamed; take the screenshot again or save it again"},
	"attach.bad_image": {
		"无法读取这张 %[1]s（%[2]s）",
		"cannot read this %[1]s (%[2]s)"},
	"hint.bad_image": {
		"用看图软件打开确认它能显示；不能显示就重新截图或重新保存一份",
		"open it in an image viewer to check it shows; if not, take the screenshot again or save it again"},
}
