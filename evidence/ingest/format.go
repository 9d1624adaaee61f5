package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
)

// This file is the one home for what we know about the layout of JD's
// exports: the kinds of file, the columns each kind has, and every name a
// column has been seen under (Chinese and English, across export versions
// and hand-made spreadsheets). Column order is never assumed.

// Kind is what a table holds.
type Kind int

const (
	KindUnknown      Kind = iota
	KindTransactions      // 交易流水
	KindLogins            // 登录记录
	KindBills             // 白条账单 / 分期明细
)

// Code is the stable machine name of the kind ("transactions", …), as used
// in JSON output and in case.yaml's inputs block.
func (k Kind) Code() string {
	return [...]string{"unknown", "transactions", "logins", "bills"}[k]
}

// Localize implements i18n.Localizer.
func (k Kind) Localize(lang i18n.Lang) string {
	return [...]i18n.Text{
		KindUnknown:      {ZH: "无法识别", EN: "unrecognised"},
		KindTransactions: {ZH: "交易流水", EN: "transaction records"},
		KindLogins:       {ZH: "登录记录", EN: "login log"},
		KindBills:        {ZH: "白条账单", EN: "Baitiao bill"},
	}[k].Localize(lang)
}

// KindFromCode is the inverse of Code.
func KindFromCode(code string) Kind {
	for k := KindTransactions; k <= KindBills; k++ {
		if k.Code() == code {
			return k
		}
	}
	return KindUnknown
}

// Field is a column's meaning. Its string is the name used in case.yaml's
// columns block, e.g. {time: 日期, amount: 金额(元)}.
type Field string

// Transaction fields.
const (
	FieldTime          Field = "time"
	FieldCategory      Field = "category"
	FieldMerchant      Field = "merchant"
	FieldDescription   Field = "description"
	FieldDirection     Field = "direction"
	FieldAmount        Field = "amount"
	FieldMethod        Field = "method" // payment method; for logins, the login method
	FieldStatus        Field = "status"
	FieldOrder         Field = "order"
	FieldMerchantOrder Field = "merchant_order"
	FieldNote          Field = "note"
)

// Login fields (time and method are shared with transactions).
const (
	FieldIP     Field = "ip"
	FieldPlace  Field = "place"
	FieldDevice Field = "device"
	FieldResult Field = "result"
)

// Bill fields (order, description, status and time are shared).
const (
	FieldBillDate       Field = "bill_date"
	FieldPurchaseAmount Field = "purchase_amount"
	FieldDueDate        Field = "due_date"
	FieldInstallment    Field = "installment"
	FieldPrincipal      Field = "principal"
	FieldFee            Field = "fee"
	FieldPenalty        Field = "penalty"
	FieldAmountDue      Field = "amount_due"
	FieldPaid           Field = "paid"
)

// column describes one column of a kind of file.
type column struct {
	field    Field
	name     i18n.Text // how reports and messages name the field
	synonyms []string  // header spellings, most specific first
}

// format describes one kind of file: its columns, which of them must be
// present, and which, when present, mark the kind (so a transaction file is
// not mistaken for a login log only because both have a time column).
type format struct {
	kind     Kind
	required []Field
	marks    []Field // at least one must be present
	columns  []column
}

// formats is the synonym table. Synonyms are compared after normalizeHeader
// (full-width → half-width, lower case, spaces removed), so "金额（元）" and
// "金额(元)" are one entry, as are "Order ID" and "order id".
var formats = []format{
	{
		kind:     KindTransactions,
		required: []Field{FieldTime, FieldAmount},
		marks:    []Field{FieldAmount},
		columns: []column{
			{FieldTime, i18n.Text{ZH: "交易时间", EN: "time"}, []string{"交易时间", "交易创建时间", "创建时间", "付款时间", "支付时间", "下单时间", "交易日期", "时间", "日期",
				"transaction time", "trade time", "time", "date", "datetime", "date/time", "created", "created at"}},
			{FieldCategory, i18n.Text{ZH: "交易分类", EN: "category"}, []string{"交易分类", "交易类型", "分类", "类别", "类型",
				"category", "type", "transaction type"}},
			{FieldMerchant, i18n.Text{ZH: "商户名称", EN: "merchant"}, []string{"商户名称", "商户", "商家名称", "商家", "店铺", "店铺名称", "交易对方", "对方",
				"merchant", "merchant name", "counterparty", "shop", "store"}},
			{FieldDescription, i18n.Text{ZH: "交易说明", EN: "description"}, []string{"交易说明", "商品说明", "商品名称", "商品", "说明", "描述", "摘要",
				"description", "item", "product", "goods", "details"}},
			{FieldDirection, i18n.Text{ZH: "收/支", EN: "direction"}, []string{"收/支", "收支", "收支类型", "收入/支出", "收/付",
				"direction", "income/expense", "in/out", "debit/credit"}},
			{FieldAmount, i18n.Text{ZH: "金额", EN: "amount"}, []string{"金额", "金额(元)", "交易金额", "交易金额(元)", "订单金额", "实付金额", "支付金额", "付款金额",
				"amount", "amount(cny)", "amount(rmb)", "amount(yuan)", "total"}},
			{FieldMethod, i18n.Text{ZH: "收/付款方式", EN: "payment method"}, []string{"收/付款方式", "收付款方式", "支付方式", "付款方式", "支付渠道",
				"payment method", "payment", "method", "pay method"}},
			{FieldStatus, i18n.Text{ZH: "交易状态", EN: "status"}, []string{"交易状态", "订单状态", "状态",
				"status", "transaction status", "order status"}},
			{FieldOrder, i18n.Text{ZH: "交易订单号", EN: "order number"}, []string{"交易订单号", "订单号", "订单编号", "交易单号", "交易号", "京东订单号",
				"order id", "order no", "order no.", "order number", "order", "transaction id", "transaction no"}},
			{FieldMerchantOrder, i18n.Text{ZH: "商家订单号", EN: "merchant order number"}, []string{"商家订单号", "商户订单号", "商户单号", "商家单号",
				"merchant order id", "merchant order no", "merchant order no.", "merchant order number"}},
			{FieldNote, i18n.Text{ZH: "备注", EN: "note"}, []string{"备注", "附言", "note", "notes", "remark", "remarks", "memo"}},
		},
	},
	{
		kind:     KindLogins,
		required: []Field{FieldTime},
		marks:    []Field{FieldIP, FieldDevice, FieldResult, FieldPlace},
		columns: []column{
			{FieldTime, i18n.Text{ZH: "登录时间", EN: "time"}, []string{"登录时间", "时间", "日期", "登录日期",
				"login time", "time", "date", "datetime", "timestamp"}},
			{FieldIP, i18n.Text{ZH: "登录IP", EN: "IP"}, []string{"登录IP", "IP", "IP地址", "登录IP地址", "IP address", "login IP", "source IP"}},
			{FieldPlace, i18n.Text{ZH: "登录地点", EN: "place"}, []string{"IP属地", "登录地点", "登录地", "登录地区", "地点", "属地", "位置", "地区",
				"location", "place", "region", "city"}},
			{FieldDevice, i18n.Text{ZH: "登录设备", EN: "device"}, []string{"登录设备", "设备型号", "设备名称", "设备", "终端", "device", "device name", "device model"}},
			{FieldMethod, i18n.Text{ZH: "登录方式", EN: "login method"}, []string{"登录方式", "方式", "认证方式", "login method", "method", "auth method"}},
			{FieldResult, i18n.Text{ZH: "登录结果", EN: "result"}, []string{"登录结果", "结果", "状态", "登录状态", "result", "status", "outcome"}},
		},
	},
	{
		kind:     KindBills,
		required: []Field{},
		marks:    []Field{FieldInstallment, FieldPrincipal, FieldFee, FieldPenalty, FieldAmountDue, FieldDueDate, FieldBillDate},
		columns: []column{
			{FieldBillDate, i18n.Text{ZH: "账单日", EN: "bill date"}, []string{"账单日", "账单日期", "账单月", "账单月份", "账期", "bill date", "statement date", "bill month"}},
			{FieldDueDate, i18n.Text{ZH: "最后还款日", EN: "due date"}, []string{"最后还款日", "还款日", "到期日", "应还日期", "还款日期", "due date", "payment due"}},
			{FieldTime, i18n.Text{ZH: "交易时间", EN: "purchase time"}, []string{"交易时间", "消费时间", "下单时间", "购买时间", "purchase time", "transaction time"}},
			{FieldOrder, i18n.Text{ZH: "订单号", EN: "order number"}, []string{"订单号", "交易订单号", "订单编号", "order id", "order no", "order number"}},
			{FieldDescription, i18n.Text{ZH: "商品名称", EN: "description"}, []string{"商品名称", "交易说明", "商品", "说明", "描述", "description", "item"}},
			{FieldInstallment, i18n.Text{ZH: "期数", EN: "installment"}, []string{"期数", "分期数", "当前期数", "分期期数", "期次", "installment", "installments", "term"}},
			{FieldPurchaseAmount, i18n.Text{ZH: "消费金额", EN: "purchase amount"}, []string{"消费金额", "交易金额", "订单金额", "金额", "借款金额", "purchase amount", "amount"}},
			{FieldPrincipal, i18n.Text{ZH: "本金", EN: "principal"}, []string{"本金", "应还本金", "本期本金", "本期应还本金", "principal"}},
			{FieldFee, i18n.Text{ZH: "服务费", EN: "fee"}, []string{"服务费", "分期服务费", "手续费", "利息", "fee", "service fee", "interest"}},
			{FieldPenalty, i18n.Text{ZH: "违约金", EN: "penalty"}, []string{"违约金", "逾期费用", "逾期违约金", "罚息", "滞纳金", "penalty", "late fee", "late charge"}},
			{FieldAmountDue, i18n.Text{ZH: "应还金额", EN: "amount due"}, []string{"应还金额", "每期应还", "本期应还", "应还总额", "amount due", "due amount"}},
			{FieldPaid, i18n.Text{ZH: "已还金额", EN: "paid"}, []string{"已还金额", "已还", "实还金额", "paid", "amount paid", "repaid"}},
			{FieldStatus, i18n.Text{ZH: "状态", EN: "status"}, []string{"状态", "还款状态", "账单状态", "status"}},
		},
	},
}

// formatOf returns the format of kind k.
func formatOf(k Kind) *format {
	for i := range formats {
		if formats[i].kind == k {
			return &formats[i]
		}
	}
	return nil
}

// FieldName is how reports and messages name field f in files of kind k.
func FieldName(k Kind, f Field) i18n.Text {
	if ft := formatOf(k); ft != nil {
		for _, c := range ft.columns {
			if c.field == f {
				return c.name
			}
		}
	}
	return i18n.Text{ZH: string(f), EN: string(f)}
}

// Fields lists the fields of kind k in table order, for help texts and for
// validating case.yaml's columns block.
func Fields(k Kind) []Field {
	ft := formatOf(k)
	if ft == nil {
		return nil
	}
	out := make([]Field, len(ft.columns))
	for i, c := range ft.columns {
		out[i] = c.field
	}
	return out
}

// IsField reports whether name is a field of any kind.
func IsField(name string) bool {
	for _, ft := range formats {
		for _, c := range ft.columns {
			if string(c.field) == name {
				return true
			}
		}
	}
	return false
}

// normalizeHeader folds the ways one header can be spelled: full-width forms
// (（）／：) become half-width, case is folded, and spaces, tabs, quotes and
// stray BOMs are removed.
func normalizeHeader(s string) string {
	s = width.Fold.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '\ufeff', r == '"', r == '\'', r == 0:
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// JD's preamble and value vocabulary.
var (
	// directionWords maps 收/支 cell values (normalised) to a direction.
	directionWords = map[string]directionWord{
		"支出": dirExpense, "支": dirExpense, "expense": dirExpense, "expenditure": dirExpense, "out": dirExpense, "debit": dirExpense, "outflow": dirExpense,
		"收入": dirIncome, "收": dirIncome, "income": dirIncome, "in": dirIncome, "credit": dirIncome, "inflow": dirIncome,
		"不计收支": dirNeutral, "其他": dirNeutral, "neither": dirNeutral, "notcounted": dirNeutral, "neutral": dirNeutral, "other": dirNeutral,
	}
	// loginResultWords maps login result cells (normalised) to a result.
	loginResultWords = map[string]loginWord{
		"成功": loginOK, "登录成功": loginOK, "success": loginOK, "succeeded": loginOK, "ok": loginOK, "successful": loginOK, "是": loginOK,
		"失败": loginFail, "登录失败": loginFail, "密码错误": loginFail, "验证失败": loginFail, "failure": loginFail, "failed": loginFail, "fail": loginFail, "否": loginFail,
	}
	// trailerPrefixes start lines that JD (or a spreadsheet user) put after
	// the data rows: totals and notes, not transactions.
	trailerPrefixes = []string{"合计", "总计", "小计", "共计", "汇总", "total", "sum", "---", "===", "注", "说明", "备注", "导出", "以上"}
)

type directionWord int

const (
	dirExpense directionWord = iota + 1
	dirIncome
	dirNeutral
)

type loginWord int

const (
	loginOK loginWord = iota + 1
	loginFail
)

// fieldSlots maps each field to its column in a table, as an array so the
// per-row lookups cost no hashing.
type fieldSlots [numFieldSlots]int

const numFieldSlots = 24

func (s *fieldSlots) reset() {
	for i := range s {
		s[i] = -1
	}
}

func (s *fieldSlots) set(f Field, col int) {
	if i := f.slot(); i >= 0 {
		s[i] = col
	}
}

// get returns the column of f, or -1.
func (s *fieldSlots) get(f Field) int {
	if i := f.slot(); i >= 0 {
		return s[i]
	}
	return -1
}

// max returns the highest column in use.
func (s *fieldSlots) max() int {
	m := -1
	for _, c := range s {
		m = max(m, c)
	}
	return m
}

// slot numbers the fields; a string switch compiles to a few comparisons.
func (f Field) slot() int {
	switch f {
	case FieldTime:
		return 0
	case FieldCategory:
		return 1
	case FieldMerchant:
		return 2
	case FieldDescription:
		return 3
	case FieldDirection:
		return 4
	case FieldAmount:
		return 5
	case FieldMethod:
		return 6
	case FieldStatus:
		return 7
	case FieldOrder:
		return 8
	case FieldMerchantOrder:
		return 9
	case FieldNote:
		return 10
	case FieldIP:
		return 11
	case FieldPlace:
		return 12
	case FieldDevice:
		return 13
	case FieldResult:
		return 14
	case FieldBillDate:
		return 15
	case FieldPurchaseAmount:
		return 16
	case FieldDueDate:
		return 17
	case FieldInstallment:
		return 18
	case FieldPrincipal:
		return 19
	case FieldFee:
		return 20
	case FieldPenalty:
		return 21
	case FieldAmountDue:
		return 22
	case FieldPaid:
		return 23
	}
	return -1
}
