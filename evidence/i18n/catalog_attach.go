package i18n

// Messages about attachments (screenshots, photos, documents) and reading
// login records from screenshots.
var attachMessages = map[string]entry{
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
