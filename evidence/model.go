package evidence

import (
	"encoding/binary"
	"encoding/json"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/i18n"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/csvtext"
)

// ChinaZone is the zone JD's exports are written in (China Standard Time,
// UTC+8, no daylight saving since 1991). A fixed zone keeps results the same
// on every machine whatever its own zone or tz database.
func ChinaZone() *time.Location { return chinaZone }

// chinaZone is made once: a Location never changes after it is made, and
// rows call ChinaZone one by one.
var chinaZone = time.FixedZone("CST", 8*60*60)

// Source is where a row came from: the file as the case names it, the line
// (CSV) or the sheet and row (XLSX), and the raw cells exactly as read
// (after decoding and before any trimming). The header they sit under is
// the table's.
type Source struct {
	File  string   `json:"file"`
	Line  int      `json:"line,omitempty"`
	Sheet string   `json:"sheet,omitempty"`
	Row   int      `json:"row,omitempty"`
	Raw   RawCells `json:"raw"`
}

// RawCells are a row's cells exactly as read, kept in one string: a CSV
// row keeps the text of its record — a slice of the text the whole file
// was read into — and splits it again when asked; a spreadsheet row, and a
// CSV row with a cell that is not a slice of its text (`""` inside
// quotes), keeps its cells packed, each after its length. A million rows
// then cost no slice of cells each.
type RawCells struct {
	text  string
	delim byte // 0: text holds packed cells
}

// CSVCells are the cells of the CSV record whose text (as read, line end
// included) is text, split at delim.
func CSVCells(text string, delim byte) RawCells { return RawCells{text: text, delim: delim} }

// SheetCells are a spreadsheet row's cells, or any cells to keep packed.
func SheetCells(cells []string) RawCells {
	n := 0
	for _, c := range cells {
		n += binary.MaxVarintLen64 + len(c)
	}
	b := make([]byte, 0, n)
	for _, c := range cells {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	return RawCells{text: string(b)}
}

// Cells returns the cells.
func (r RawCells) Cells() []string {
	if r.delim != 0 {
		return csvtext.Split(r.text, r.delim)
	}
	var cells []string
	for rest := r.text; rest != ""; {
		c, next, ok := nextPacked(rest)
		if !ok {
			break // cannot happen: SheetCells wrote it
		}
		cells = append(cells, c)
		rest = next
	}
	return cells
}

// nextPacked splits the first of packed cells from the rest.
func nextPacked(packed string) (cell, rest string, ok bool) {
	var n uint64
	for i := 0; i < len(packed) && i < binary.MaxVarintLen64; i++ {
		b := packed[i]
		n |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			if n > uint64(len(packed)-i-1) {
				return "", "", false
			}
			end := i + 1 + int(n)
			return packed[i+1 : end], packed[end:], true
		}
	}
	return "", "", false
}

// packedCell returns cell i of packed cells, if there is one.
func packedCell(packed string, i int) (string, bool) {
	for ; packed != ""; i-- {
		c, rest, ok := nextPacked(packed)
		if !ok {
			return "", false
		}
		if i == 0 {
			return c, true
		}
		packed = rest
	}
	return "", false
}

// MarshalJSON writes the cells as a list of strings.
func (r RawCells) MarshalJSON() ([]byte, error) {
	cells := r.Cells()
	if cells == nil {
		cells = []string{}
	}
	return json.Marshal(cells)
}

// Location returns where the row is, for messages.
func (s Source) Location() Location {
	return Location{File: s.File, Line: s.Line, Sheet: s.Sheet, Row: s.Row}
}

// Ref is the short citation printed in reports: "jd.csv:23" or
// "bills.xlsx:Sheet1:5".
func (s Source) Ref() string { return s.Location().Short() }

// Direction is JD's 收/支 column.
type Direction int

const (
	DirUnknown Direction = iota // the file has no 收/支 column, or an unknown value
	DirExpense                  // 支出
	DirIncome                   // 收入
	DirNeutral                  // 不计收支 (repayments, transfers between own accounts)
)

// Localize implements i18n.Localizer.
func (d Direction) Localize(lang i18n.Lang) string {
	return directionNames[d].Localize(lang)
}

var directionNames = [...]i18n.Text{
	DirUnknown: {ZH: "未注明", EN: "unspecified"},
	DirExpense: {ZH: "支出", EN: "expense"},
	DirIncome:  {ZH: "收入", EN: "income"},
	DirNeutral: {ZH: "不计收支", EN: "neither"},
}

// Code is the stable machine name used in JSON.
func (d Direction) Code() string {
	return [...]string{"unknown", "expense", "income", "neutral"}[d]
}

// TxKey is the identity of a transaction used for merging and for matching
// a review sheet back to the data.
type TxKey struct {
	Order     string
	Unix      int64
	Amount    Money
	Direction Direction
}

// LoginResult is whether a login succeeded.
type LoginResult int

const (
	LoginUnknown LoginResult = iota
	LoginSuccess
	LoginFailure
)

// Localize implements i18n.Localizer.
func (r LoginResult) Localize(lang i18n.Lang) string {
	return [...]i18n.Text{
		LoginUnknown: {ZH: "未注明", EN: "unspecified"},
		LoginSuccess: {ZH: "成功", EN: "success"},
		LoginFailure: {ZH: "失败", EN: "failure"},
	}[r].Localize(lang)
}

// Code is the stable machine name used in JSON.
func (r LoginResult) Code() string { return [...]string{"unknown", "success", "failure"}[r] }

// LoginEvent is one row of a login log (登录记录).
type LoginEvent struct {
	Time     time.Time
	DateOnly bool
	IP       string
	Place    string // IP属地 / 登录地点
	Device   string
	Method   string // 密码登录, 短信验证码登录, 扫码登录, 微信 …
	Result   LoginResult
	Status   string // the result as the file spells it

	Sources []Source
}

// Key identifies a login event across files.
func (l *LoginEvent) Key() LoginKey {
	return LoginKey{Unix: l.Time.Unix(), IP: l.IP, Device: l.Device, Result: l.Result}
}

// LoginKey is the identity of a login event used for merging.
type LoginKey struct {
	Unix   int64
	IP     string
	Device string
	Result LoginResult
}

// BillStatus is the state of a Baitiao bill line.
type BillStatus int

const (
	BillUnknown BillStatus = iota
	BillPaid               // 已还清
	BillUnpaid             // 未还 / 待还
	BillPartial            // 部分还款
	BillOverdue            // 逾期
)

// Code is the stable machine name used in JSON.
func (s BillStatus) Code() string {
	return [...]string{"unknown", "paid", "unpaid", "partial", "overdue"}[s]
}

// Localize implements i18n.Localizer.
func (s BillStatus) Localize(lang i18n.Lang) string {
	return [...]i18n.Text{
		BillUnknown: {ZH: "未注明", EN: "unspecified"},
		BillPaid:    {ZH: "已还清", EN: "paid"},
		BillUnpaid:  {ZH: "未还", EN: "unpaid"},
		BillPartial: {ZH: "部分还款", EN: "partly paid"},
		BillOverdue: {ZH: "逾期", EN: "overdue"},
	}[s].Localize(lang)
}

// BillLine is one line of a Baitiao bill or installment list (白条账单 /
// 分期明细): what JD claims for one installment of one purchase.
type BillLine struct {
	BillDate     time.Time // 账单日 (or the first day of the bill month)
	DueDate      time.Time // 最后还款日
	Time         time.Time // the purchase time, when the bill shows it
	Order        string
	Description  string
	Installment  int // 3 in "3/12"; 0 when not shown
	Installments int // 12 in "3/12"; 0 when not shown

	Purchase  Money // the purchase amount the line belongs to
	Principal Money // 本金 of this installment
	Fee       Money // 服务费 / 手续费
	Penalty   Money // 违约金 / 逾期费用
	Due       Money // 应还金额 as the bill states it
	Paid      Money // 已还金额
	Has       BillHas

	Status    BillStatus
	StatusRaw string

	Sources []Source
}

// BillHas records which amounts a bill line actually carries, so a missing
// column is not mistaken for a zero.
type BillHas uint8

const (
	HasPurchase BillHas = 1 << iota
	HasPrincipal
	HasFee
	HasPenalty
	HasDue
	HasPaid
)
