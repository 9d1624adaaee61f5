package i18n

// Messages of the analysis: what each indicator is called and says. They
// describe what the records show; none of them is a conclusion.
var analyzeMessages = map[string]entry{
	"ind_title.new_device":             {"陌生设备或地点登录", "login from an unfamiliar device or place"},
	"ind_title.credential_stuffing":    {"多次登录失败后成功", "failed logins, then a success"},
	"ind_title.dormant_login":          {"长期未用后登录", "login after a long silence"},
	"ind_title.after_unfamiliar_login": {"陌生登录后随即消费", "purchases soon after an unfamiliar login"},
	"ind_title.night_burst":            {"夜间集中消费", "night-time burst of purchases"},
	"ind_title.cash_out_goods":         {"易变现商品", "goods easy to turn into cash"},
	"ind_title.near_limit_amounts":     {"接近同一额度的多笔消费", "several amounts just under one limit"},
	"ind_title.family_card":            {"亲密卡支付", "family card payments"},
	"ind_title.third_party_login":      {"第三方授权登录", "logins through a third party"},
	"ind_title.baitiao_activation":     {"白条开通或额度变化", "Baitiao opened or its limit changed"},

	"ind.new_device": {
		"%[1]s 首次出现来自设备“%[2]s”、地点“%[3]s”（IP %[4]s）的登录，此前的登录记录中没有这个设备或地点；它首次出现后的 24 小时内共登录 %[5]d 次。",
		"%[1]s: the first login from device \"%[2]s\" at \"%[3]s\" (IP %[4]s), a device or place absent from every earlier login; %[5]d logins from it within 24 hours of its first appearance."},
	"ind.credential_stuffing": {
		"%[1]s 至 %[2]s 之间连续 %[3]d 次登录失败后，于 %[4]s 登录成功（IP %[5]s，设备 %[6]s，地点 %[7]s）。短时间内多次失败后成功，与他人试探密码或撞库的情形一致。",
		"%[3]d failed logins between %[1]s and %[2]s, then a success at %[4]s (IP %[5]s, device %[6]s, place %[7]s). Repeated failures followed by a success are consistent with someone guessing the password or credential stuffing."},
	"ind.dormant_login": {
		"%[1]s 的登录距上一次登录（%[3]s）已有 %[2]d 天（设备 %[4]s，地点 %[5]s）。长期未使用的账户突然被登录，与账户被他人接管的情形一致。",
		"the login at %[1]s came %[2]d days after the previous one (%[3]s) (device %[4]s, place %[5]s). A long-unused account suddenly logged into is consistent with a takeover."},
	"ind.after_unfamiliar_login": {
		"%[1]s 来自陌生设备“%[2]s”（%[3]s）登录成功后，%[5]d 分钟内发生 %[4]d 笔消费，合计 %[6]s 元。",
		"within %[5]d minutes of a successful login from the unfamiliar device \"%[2]s\" (%[3]s) at %[1]s, %[4]d purchases were made, %[6]s yuan in total."},
	"ind.night_burst": {
		"%[1]s 夜间 %[3]s 至 %[4]s 之间集中发生 %[2]d 笔消费，合计 %[5]s 元。",
		"%[2]d purchases in the night of %[1]s between %[3]s and %[4]s, %[5]s yuan in total."},
	"ind.cash_out_goods": {
		"%[1]d 笔用京东白条购买的商品属于容易变现的类型（购物卡、E 卡、话费充值、游戏点卡或高价手机数码），合计 %[2]s 元。盗用信用额度者常购买这类商品转卖套现。",
		"%[1]d purchases paid with 京东白条 are goods easy to turn into cash (gift cards, phone top-ups, game points, expensive phones and electronics), %[2]s yuan in total. Whoever abuses a credit line often buys such goods to resell them."},
	"ind.near_limit_amounts": {
		"%[1]d 笔京东白条消费的金额都在 %[3]s 元至 %[2]s 元之间，接近同一个整数额度，与拆分金额以避开额度限制的情形一致。",
		"%[1]d purchases paid with 京东白条 are each between %[3]s and %[2]s yuan, just under one round limit, consistent with splitting a sum to stay under a limit."},
	"ind.family_card": {
		"%[1]d 笔消费通过亲密卡（亲情卡）支付；这种付款通常由绑定亲密卡的亲属或熟人发起。",
		"%[1]d purchases were paid through a family card (亲密卡); such payments are usually made by the relative or acquaintance the card is linked to."},
	"ind.third_party_login": {
		"%[1]d 次登录通过第三方授权（如微信、QQ）进行，其中 %[2]d 次来自陌生设备或地点；应核查账户绑定的第三方授权。",
		"%[1]d logins went through a third party's authorization (WeChat, QQ, …), %[2]d of them from an unfamiliar device or place; the account's third-party authorizations should be checked."},
	"ind.baitiao_activation": {
		"记录中有 %[1]d 条白条开通、激活或额度调整（最早为 %[2]s）；当事人若从未申请，与他人以当事人身份开通白条的情形一致。",
		"the records show %[1]d openings, activations or limit changes of Baitiao (the first at %[2]s); if the holder never applied, this is consistent with someone opening Baitiao in their name."},
}
