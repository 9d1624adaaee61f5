package evidence

import (
	"math"
	"strings"
	"time"

	"github.com/baitiao-evidence/baitiao-evidence/evidence/internal/csvtext"
)

// Transaction is one row of JD's 交易流水 (or the same purchase read from
// several files, merged: then Sources has one entry per file).
//
// A row keeps its cells exactly as read, and beside them only what
// parsing worked out: the time, the amounts and 收/支. Its text fields
// (merchant, order number, …) are read from the cells when asked, so they
// are always what the file says, and a million rows cost little more than
// the export's own text: the text fields alone, kept apart, would take
// 128 bytes of string headers a row, as much as the row's whole text.
// Facts few rows have (a refund, a time in another zone, other files'
// copies of the row) are kept out of line. Rows are made by TxTable.Fill
// (ingest) or NewTransaction; the zero Transaction is not a row.
type Transaction struct {
	cells string   // see RawCells: the record's text, or its cells packed
	table *TxTable // what the table's rows share: file, delimiter, columns
	amt   Money    // the gross amount
	extra *txExtra
	word  txWord // the time, line, direction and flags
}

// txWord packs what every row has besides its cells and amount into one
// word, so that a row is six words: a million rows of an export then cost
// 48 MB beside its text. From the low bits:
//
//	32 bits  the time in Unix seconds (rows are from 2000 to 2100, which fit)
//	28 bits  the line (CSV) or row (spreadsheet) number
//	 2 bits  the Direction
//	 1 bit   the file gave a date without a time of day
//	 1 bit   cells are packed although the table is CSV
//
// A time that is not whole seconds in the table's zone, or a line past
// 2^28, is kept in extra instead.
type txWord uint64

const (
	wordLineShift = 32
	wordLineMax   = 1<<28 - 1
	wordDirShift  = 60
	wordDateOnly  = txWord(1) << 62
	wordPacked    = txWord(1) << 63
)

func (w txWord) unix() int64          { return int64(uint32(w)) }
func (w txWord) line() int            { return int(w>>wordLineShift) & wordLineMax }
func (w txWord) direction() Direction { return Direction(w>>wordDirShift) & 3 }

// txExtra is what few rows have.
type txExtra struct {
	refunded Money
	at       time.Time // the time, when the word cannot hold it
	hasAt    bool
	line     int      // the line, when the word cannot hold it
	more     []Source // where the same purchase was read in other files
}

// TxText names a text field of a transaction.
type TxText int

const (
	TxCategory    TxText = iota // 交易分类
	TxMerchant                  // 商户名称
	TxDescription               // 交易说明
	TxMethod                    // 收/付款方式
	TxStatus                    // 交易状态
	TxOrder                     // 交易订单号, as text
	TxMerchantOrd               // 商家订单号, as text
	TxNote                      // 备注
	txTexts
)

// TxTable is what the rows of one table of transactions share: where they
// were read, and how a field's text is found in a row's cells.
type TxTable struct {
	File  string
	Sheet string         // "" for a CSV file
	Delim byte           // the CSV delimiter; 0 when rows keep packed cells (spreadsheets)
	Zone  *time.Location // where times without a zone were read
	// Cells is the cell each text field is in, -1 when the table has none.
	Cells [txTexts]int
	// Clean turns a cell as read into the field's text (JD pads cells with
	// tabs, for instance). It must return a part of its argument.
	Clean func(string) string
}

// TxParsed is what parsing found in a row's cells.
type TxParsed struct {
	Time      time.Time
	DateOnly  bool
	Amount    Money // the gross amount (金额 before any refund)
	Refunded  Money // from "(已退款x.xx)" or "(已全额退款)"
	Direction Direction
}

// Fill makes t the row of table with the given cells, line (or sheet row)
// and parsed values.
func (table *TxTable) Fill(t *Transaction, cells RawCells, line int, p TxParsed) {
	*t = Transaction{cells: cells.text, table: table, amt: p.Amount}
	w := txWord(p.Direction&3) << wordDirShift
	if cells.delim == 0 && table.Delim != 0 {
		w |= wordPacked
	}
	if p.DateOnly {
		w |= wordDateOnly
	}
	if u := p.Time.Unix(); p.Time.Location() == table.Zone && p.Time.Nanosecond() == 0 && u >= 0 && u <= math.MaxUint32 {
		w |= txWord(u)
	} else {
		t.more().at, t.extra.hasAt = p.Time, true
	}
	if line >= 0 && line <= wordLineMax {
		w |= txWord(line) << wordLineShift
	} else {
		t.more().line = line
	}
	t.word = w
	if p.Refunded != 0 {
		t.more().refunded = p.Refunded
	}
}

func (t *Transaction) more() *txExtra {
	if t.extra == nil {
		t.extra = &txExtra{}
	}
	return t.extra
}

// TxFields are a transaction's values, as plain fields.
type TxFields struct {
	Time     time.Time // in the zone the file gave, China time by default
	DateOnly bool      // the file gave a date without a time of day

	Category    string
	Merchant    string
	Description string
	Direction   Direction
	Amount      Money
	Refunded    Money
	Method      string
	Status      string
	Order       string
	MerchantOrd string
	Note        string
}

// NewTransaction makes a transaction that was not read from a table: its
// cells are its text fields in TxText order. Tests and examples use it.
func NewTransaction(f TxFields, src Source) *Transaction {
	table := &TxTable{File: src.File, Sheet: src.Sheet, Zone: f.Time.Location(), Clean: func(s string) string { return s }}
	for i := range table.Cells {
		table.Cells[i] = i
	}
	cells := SheetCells([]string{f.Category, f.Merchant, f.Description, f.Method, f.Status, f.Order, f.MerchantOrd, f.Note})
	line := src.Line
	if src.Sheet != "" {
		line = src.Row
	}
	t := &Transaction{}
	table.Fill(t, cells, line, TxParsed{Time: f.Time, DateOnly: f.DateOnly, Amount: f.Amount, Refunded: f.Refunded, Direction: f.Direction})
	return t
}

// Fields returns the transaction's values.
func (t *Transaction) Fields() TxFields {
	return TxFields{
		Time: t.Time(), DateOnly: t.DateOnly(),
		Category: t.Category(), Merchant: t.Merchant(), Description: t.Description(), Direction: t.Direction(),
		Amount: t.Amount(), Refunded: t.Refunded(), Method: t.Method(), Status: t.Status(),
		Order: t.Order(), MerchantOrd: t.MerchantOrd(), Note: t.Note(),
	}
}

// Time is when the transaction happened, in the zone the file gave (China
// time by default).
func (t *Transaction) Time() time.Time {
	if t.extra != nil && t.extra.hasAt {
		return t.extra.at
	}
	return time.Unix(t.word.unix(), 0).In(t.table.Zone)
}

// DateOnly reports whether the file gave a date without a time of day.
func (t *Transaction) DateOnly() bool { return t.word&wordDateOnly != 0 }

// Direction is the row's 收/支.
func (t *Transaction) Direction() Direction { return t.word.direction() }

// Amount is the gross amount (金额 before any refund).
func (t *Transaction) Amount() Money { return t.amt }

// Refunded is what was refunded: "(已退款x.xx)" or "(已全额退款)".
func (t *Transaction) Refunded() Money {
	if t.extra == nil {
		return 0
	}
	return t.extra.refunded
}

// Category is 交易分类.
func (t *Transaction) Category() string { return t.Text(TxCategory) }

// Merchant is 商户名称.
func (t *Transaction) Merchant() string { return t.Text(TxMerchant) }

// Description is 交易说明.
func (t *Transaction) Description() string { return t.Text(TxDescription) }

// Method is 收/付款方式.
func (t *Transaction) Method() string { return t.Text(TxMethod) }

// Status is 交易状态.
func (t *Transaction) Status() string { return t.Text(TxStatus) }

// Order is 交易订单号, as text.
func (t *Transaction) Order() string { return t.Text(TxOrder) }

// MerchantOrd is 商家订单号, as text.
func (t *Transaction) MerchantOrd() string { return t.Text(TxMerchantOrd) }

// Note is 备注.
func (t *Transaction) Note() string { return t.Text(TxNote) }

// Text returns text field f, read from the row's cells.
func (t *Transaction) Text(f TxText) string {
	i := t.table.Cells[f]
	if i < 0 {
		return ""
	}
	var c string
	var ok bool
	if t.table.Delim == 0 || t.word&wordPacked != 0 {
		c, ok = packedCell(t.cells, i)
	} else {
		c, ok = csvtext.Cell(t.cells, t.table.Delim, i)
	}
	if !ok {
		return ""
	}
	return t.table.Clean(c)
}

// Source is where the row was read (the first file, when it was merged
// from several).
func (t *Transaction) Source() Source {
	s := Source{File: t.table.File, Sheet: t.table.Sheet, Raw: t.raw()}
	line := t.word.line()
	if t.extra != nil && t.extra.line != 0 {
		line = t.extra.line
	}
	if s.Sheet != "" {
		s.Row = line
	} else {
		s.Line = line
	}
	return s
}

func (t *Transaction) raw() RawCells {
	if t.word&wordPacked != 0 {
		return RawCells{text: t.cells}
	}
	return RawCells{text: t.cells, delim: t.table.Delim}
}

// Sources are every place the row was read: one per file it was merged
// from.
func (t *Transaction) Sources() []Source {
	out := []Source{t.Source()}
	if t.extra != nil {
		out = append(out, t.extra.more...)
	}
	return out
}

// AddSources records other places the same purchase was read.
func (t *Transaction) AddSources(srcs ...Source) {
	m := t.more()
	m.more = append(m.more, srcs...)
}

// Net is the amount still charged: gross minus refunded. It is what a
// disputed row adds to the disputed total.
func (t *Transaction) Net() Money { return t.Amount() - t.Refunded() }

// IsBaitiao reports whether the row was paid with 京东白条 (JD's credit).
func (t *Transaction) IsBaitiao() bool { return strings.Contains(t.Method(), "白条") }

// IsPurchase reports whether the row is money going out: only such rows can
// be disputed as a debt. Rows from a file without a 收/支 column count as
// purchases, since that is what such exports list.
func (t *Transaction) IsPurchase() bool {
	d := t.Direction()
	return d == DirExpense || d == DirUnknown
}

// Key identifies a transaction across files: the same order number, time and
// amount in two exports is the same purchase.
func (t *Transaction) Key() TxKey {
	return TxKey{Order: t.Order(), Unix: t.Time().Unix(), Amount: t.Amount(), Direction: t.Direction()}
}
