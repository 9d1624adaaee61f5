// Package synth writes realistic, deterministic, made-up JD exports of any
// size — transaction records (with JD's preamble, tab padding and refund
// suffixes, in UTF-8 or GBK, as CSV or XLSX) and login logs — for tests,
// benchmarks and the data generator command. The same options always give
// the same bytes.
package synth

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
)

// Options shape the generated data.
type Options struct {
	Rows    int       // number of transactions or login events
	Seed    uint64    // same seed, same data
	End     time.Time // the latest row's time (default 2026-11-20 21:00 China time)
	Account string    // the JD account in the preamble (default "jd_demo_user")
}

func (o *Options) defaults() {
	if o.End.IsZero() {
		o.End = time.Date(2026, 11, 20, 21, 0, 0, 0, evidence.ChinaZone())
	}
	if o.Account == "" {
		o.Account = "jd_demo_user"
	}
}

// Tx is one generated transaction, before it is written in some format.
type Tx struct {
	Time        time.Time
	Category    string
	Merchant    string
	Description string
	Direction   string // 收入 / 支出 / 不计收支
	Amount      evidence.Money
	Refunded    evidence.Money
	FullRefund  bool
	Method      string
	Status      string
	Order       string
	MerchantOrd string
}

// AmountCell is the 金额 cell as JD writes it, refund suffix included.
func (t Tx) AmountCell() string {
	switch {
	case t.FullRefund:
		return t.Amount.Yuan() + "(已全额退款)"
	case t.Refunded > 0:
		return t.Amount.Yuan() + "(已退款" + t.Refunded.Yuan() + ")"
	}
	return t.Amount.Yuan()
}

var goods = []struct {
	category, desc string
	min, max       int64 // yuan
}{
	{"食品酒饮", "椰子水 1L*6", 30, 80},
	{"日用百货", "抽纸 24包", 25, 60},
	{"图书", "Go 程序设计语言", 40, 120},
	{"数码", "Apple iPhone 17 Pro 256GB 深空黑", 7999, 9999},
	{"数码", "华为 Mate 70 Pro 512GB", 5999, 7999},
	{"家用电器", "美的 变频空调 1.5匹", 2199, 3999},
	{"服饰内衣", "男士羽绒服 加厚", 299, 899},
	{"礼品卡", "京东E卡 面值1000元", 1000, 1000},
	{"充值缴费", "话费充值 200元", 199, 200},
	{"运动户外", "跑步鞋 轻量透气", 199, 699},
	{"母婴", "婴儿纸尿裤 L码 3包", 199, 299},
	{"美妆个护", "电动牙刷 声波", 99, 399},
}

var methods = []string{"京东白条", "京东白条", "银行卡", "银行卡", "微信支付", "京东小金库"}

// Transactions generates n transactions ending at opts.End, newest first
// (as JD lists them).
func Transactions(opts Options) []Tx {
	opts.defaults()
	r := rand.New(rand.NewPCG(opts.Seed, 0x6a64))
	out := make([]Tx, 0, opts.Rows)
	t := opts.End
	order := int64(301122334455)
	gap := meanGap(opts.Rows, 18*3600)
	for i := 0; i < opts.Rows; i++ {
		t = t.Add(-time.Duration(1+r.Int64N(2*gap)) * time.Second)
		order += 1 + int64(r.IntN(5))
		g := goods[r.IntN(len(goods))]
		fen := (g.min + r.Int64N(g.max-g.min+1)) * 100
		if g.min != g.max {
			fen += int64(r.IntN(100))
		}
		tx := Tx{
			Time: t, Category: g.category, Merchant: "京东平台商户", Description: g.desc,
			Direction: "支出", Amount: evidence.Money(fen), Method: methods[r.IntN(len(methods))],
			Status: "交易成功", Order: fmt.Sprint(order), MerchantOrd: fmt.Sprintf("1100000000%014d", order),
		}
		switch p := r.IntN(100); {
		case p < 3:
			tx.Refunded, tx.FullRefund = tx.Amount, true
		case p < 8:
			tx.Refunded = evidence.Money(r.Int64N(int64(tx.Amount)/100+1) * 100)
		case p < 11:
			tx.Category, tx.Description, tx.Direction, tx.Method = "白条", "白条主动还款", "不计收支", "银行卡"
			tx.Merchant = "京东金融"
		case p < 13:
			tx.Category, tx.Description, tx.Direction = "退款", "退款-"+g.desc, "收入"
		}
		out = append(out, tx)
	}
	return out
}

// meanGap is the average number of seconds between rows: a person's
// usual pace, squeezed so that even millions of rows span at most ten
// years (and stay inside the dates a JD export can carry).
func meanGap(rows int, usual int64) int64 {
	const tenYears = 10 * 365 * 24 * 3600
	if rows > 0 && tenYears/int64(rows) < usual {
		return max(tenYears/int64(rows), 1)
	}
	return usual
}

// header is the column order of the JD export version in the samples.
var header = []string{"交易时间", "交易分类", "商户名称", "交易说明", "收/支", "金额", "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"}

// WriteCSV writes txs in JD's CSV export layout: the preamble with a
// summary that matches the rows, tab-padded times and order numbers.
func WriteCSV(w io.Writer, txs []Tx, opts Options) error {
	opts.defaults()
	bw := bufio.NewWriterSize(w, 1<<16)
	for _, l := range preamble(txs, opts) {
		bw.WriteString(l + "\n")
	}
	bw.WriteString(strings.Join(header, ",") + "\n")
	for _, t := range txs {
		bw.WriteString(t.Time.Format("2006-01-02 15:04:05") + "\t,")
		bw.WriteString(t.Category + "," + t.Merchant + "," + t.Description + "," + t.Direction + ",")
		bw.WriteString(t.AmountCell() + "," + t.Method + "," + t.Status + ",")
		bw.WriteString(t.Order + "\t," + t.MerchantOrd + "\t,\n")
	}
	return bw.Flush()
}

// WriteGBK writes the same CSV encoded in GBK (GB18030), as Excel or WPS
// re-save it on Chinese Windows.
func WriteGBK(w io.Writer, txs []Tx, opts Options) error {
	tw := transform.NewWriter(w, simplifiedchinese.GB18030.NewEncoder())
	if err := WriteCSV(tw, txs, opts); err != nil {
		return err
	}
	return tw.Close()
}

func preamble(txs []Tx, opts Options) []string {
	type sum struct {
		n     int
		gross evidence.Money
	}
	sums := map[string]*sum{"收入": {}, "支出": {}, "不计收支": {}}
	for _, t := range txs {
		s := sums[t.Direction]
		s.n++
		s.gross += t.Amount
	}
	from := opts.End.AddDate(0, -1, 0)
	if len(txs) > 0 {
		from = txs[len(txs)-1].Time
	}
	return []string{
		"导出信息：",
		"京东账号名：" + opts.Account,
		"起始时间：" + from.Format("2006-01-02") + "\t终止时间：" + opts.End.Format("2006-01-02"),
		"导出交易类型：全部",
		"导出时间：" + opts.End.Add(10*time.Minute).Format("2006-01-02 15:04:05"),
		fmt.Sprintf("共：%d笔记录", len(txs)),
		fmt.Sprintf("收入：%d笔，%s元", sums["收入"].n, sums["收入"].gross.Yuan()),
		fmt.Sprintf("支出：%d笔，%s元", sums["支出"].n, sums["支出"].gross.Yuan()),
		fmt.Sprintf("不计收支：%d笔，%s元", sums["不计收支"].n, sums["不计收支"].gross.Yuan()),
		"",
		"特别提示：",
		"1.本明细仅展示当前账单的交易，以实际交易情况为准；",
		"2.本明细仅供个人对账使用。",
		"",
		"电子回单客户",
	}
}

// WriteXLSX writes txs as a workbook: the preamble rows, the header, times
// as real Excel dates, plain amounts as numbers and amounts with a refund
// suffix as text, order numbers as text. It streams, so any size works.
func WriteXLSX(w io.Writer, txs []Tx, opts Options) error {
	opts.defaults()
	f := excelize.NewFile()
	defer f.Close()
	sheet := "交易流水"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 22}) // m/d/yy h:mm
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	row := 1
	put := func(cells []any) error {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		row++
		return sw.SetRow(cell, cells)
	}
	for _, l := range preamble(txs, opts) {
		if err := put([]any{l}); err != nil {
			return err
		}
	}
	hdr := make([]any, len(header))
	for i, h := range header {
		hdr[i] = h
	}
	if err := put(hdr); err != nil {
		return err
	}
	for _, t := range txs {
		var amount any = t.AmountCell()
		if t.Refunded == 0 {
			amount = excelize.Cell{Value: float64(t.Amount) / 100} // exact for two decimals at these sizes
		}
		wall := time.Date(t.Time.Year(), t.Time.Month(), t.Time.Day(), t.Time.Hour(), t.Time.Minute(), t.Time.Second(), 0, time.UTC)
		if err := put([]any{
			excelize.Cell{StyleID: dateStyle, Value: wall},
			t.Category, t.Merchant, t.Description, t.Direction, amount, t.Method, t.Status,
			t.Order, t.MerchantOrd, "",
		}); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}

// Login is one generated login event.
type Login struct {
	Time   time.Time
	IP     string
	Place  string
	Device string
	Method string
	Result string
}

var devices = []struct{ device, ip, place string }{
	{"iPhone 13", "36.112.10.5", "北京市"},
	{"iPhone 13", "36.112.10.9", "北京市"},
	{"MacBook Air", "36.112.10.5", "北京市"},
}

// Logins generates n login events of one person's usual devices, newest
// first.
func Logins(opts Options) []Login {
	opts.defaults()
	r := rand.New(rand.NewPCG(opts.Seed, 0x6c6f67))
	out := make([]Login, 0, opts.Rows)
	t := opts.End
	gap := meanGap(opts.Rows, 24*3600)
	for i := 0; i < opts.Rows; i++ {
		t = t.Add(-time.Duration(1+r.Int64N(2*gap)) * time.Second)
		d := devices[r.IntN(len(devices))]
		m := []string{"密码登录", "短信验证码登录", "扫码登录"}[r.IntN(3)]
		res := "成功"
		if r.IntN(50) == 0 {
			res = "失败"
		}
		out = append(out, Login{Time: t, IP: d.ip, Place: d.place, Device: d.device, Method: m, Result: res})
	}
	return out
}

// WriteLoginsCSV writes a login log as users type it from the app.
func WriteLoginsCSV(w io.Writer, logins []Login) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("登录时间,登录IP,IP属地,登录设备,登录方式,登录结果\n")
	for _, l := range logins {
		bw.WriteString(l.Time.Format("2006-01-02 15:04:05") + "," + l.IP + "," + l.Place + "," + l.Device + "," + l.Method + "," + l.Result + "\n")
	}
	return bw.Flush()
}

// CaseOptions shape a generated case folder.
type CaseOptions struct {
	Options
	Logins   int    // login events (0: none)
	Disputed int    // the newest this many transactions are disputed (by time range)
	Format   string // "csv" (default), "gbk" or "xlsx"
	Name     string // the victim's made-up name
}

// WriteCase writes a complete made-up case into dir: case.yaml and the
// exports it lists.
func WriteCase(dir string, o CaseOptions) error {
	o.defaults()
	if err := os.MkdirAll(filepath.Join(dir, "exports"), 0o700); err != nil {
		return err
	}
	txs := Transactions(o.Options)
	var buf bytes.Buffer
	name := "exports/jd.csv"
	var err error
	switch o.Format {
	case "gbk":
		err = WriteGBK(&buf, txs, o.Options)
	case "xlsx":
		name = "exports/jd.xlsx"
		err = WriteXLSX(&buf, txs, o.Options)
	default:
		err = WriteCSV(&buf, txs, o.Options)
	}
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), buf.Bytes(), 0o600); err != nil {
		return err
	}
	victim := o.Name
	if victim == "" {
		victim = "测试用户"
	}
	c := fmt.Sprintf("# 生成的测试案件（数据为虚构）\nvictim:\n  name: %s\n  jd_account: %s\ninputs:\n  transactions: [%s]\n", victim, o.Account, name)
	if o.Logins > 0 {
		buf.Reset()
		lo := o.Options
		lo.Rows = o.Logins
		if err := WriteLoginsCSV(&buf, Logins(lo)); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "exports", "logins.csv"), buf.Bytes(), 0o600); err != nil {
			return err
		}
		c += "  logins: [exports/logins.csv]\n"
	}
	if o.Disputed > 0 && len(txs) > 0 {
		from := txs[min(o.Disputed, len(txs))-1].Time
		c += "disputes:\n  - from: " + from.Format(time.RFC3339) + "\n"
	}
	return os.WriteFile(filepath.Join(dir, "case.yaml"), []byte(c), 0o600)
}
