package bundle

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/baitiao-evidence/baitiao-evidence/evidence"
	"github.com/baitiao-evidence/baitiao-evidence/evidence/casework"
)

// event is one line of timeline.jsonl, in the shape Timesketch imports:
// message, datetime (ISO 8601 with zone) and timestamp_desc, plus fields
// of our own.
type event struct {
	Message       string `json:"message"`
	Datetime      string `json:"datetime"`
	TimestampDesc string `json:"timestamp_desc"`
	DataType      string `json:"data_type"`
	Source        string `json:"source_file"`
	SourceRef     string `json:"source_ref"`
	// Transactions.
	Order       string `json:"order,omitempty"`
	Merchant    string `json:"merchant,omitempty"`
	Description string `json:"description,omitempty"`
	Direction   string `json:"direction,omitempty"`
	Method      string `json:"payment_method,omitempty"`
	AmountFen   *int64 `json:"amount_fen,omitempty"`
	RefundedFen *int64 `json:"refunded_fen,omitempty"`
	Disputed    *bool  `json:"disputed,omitempty"`
	// Logins.
	IP          string `json:"ip,omitempty"`
	Place       string `json:"place,omitempty"`
	Device      string `json:"device,omitempty"`
	Result      string `json:"result,omitempty"`
	LoginMethod string `json:"login_method,omitempty"`
	Unfamiliar  *bool  `json:"unfamiliar,omitempty"`
}

// timelineJSONL writes every transaction and login as one event a line,
// in time order (transactions before logins at the same time). Events are
// made one at a time as they are written: a timeline of a million rows is
// never held in memory.
func timelineJSONL(out io.Writer, w *casework.Work, mask func(string) string) error {
	disputed := map[*evidence.Transaction]bool{}
	for _, t := range w.Disputes.Disputed {
		disputed[t] = true
	}
	// What to write, in order: a login's index is after the transactions'.
	type ref struct {
		at time.Time
		i  int
	}
	nTx := len(w.Transactions)
	refs := make([]ref, 0, nTx+len(w.Logins))
	for i, t := range w.Transactions {
		refs = append(refs, ref{t.Time(), i})
	}
	for i, l := range w.Logins {
		refs = append(refs, ref{l.Time, nTx + i})
	}
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].at.Before(refs[j].at) })
	// Each event is written by hand, field by field, rather than through
	// reflection.
	var line []byte
	for _, r := range refs {
		var e event
		if r.i < nTx {
			t := w.Transactions[r.i]
			// Each field is read once: a row finds its text fields in its
			// record when asked.
			at, src, desc := t.Time(), t.Source(), mask(t.Description())
			amount, refunded, dis := int64(t.Amount()), int64(t.Refunded()), disputed[t]
			msg := at.Format("2006-01-02 15:04:05") + " " + t.Direction().Code() + " " + t.Amount().Yuan() + " " + desc
			if dis {
				msg = "DISPUTED " + msg
			}
			e = event{
				Message: strings.TrimSpace(msg), Datetime: at.Format(time.RFC3339), TimestampDesc: "Transaction Time",
				DataType: "jd:transaction", Source: src.File, SourceRef: src.Ref(),
				Order: t.Order(), Merchant: mask(t.Merchant()), Description: desc, Direction: t.Direction().Code(), Method: t.Method(),
				AmountFen: &amount, RefundedFen: &refunded, Disputed: &dis,
			}
		} else {
			l := w.Logins[r.i-nTx]
			u := w.Analysis.Unfamiliar[l]
			msg := "login " + l.Result.Code() + " " + mask(l.Device) + " " + mask(l.Place) + " " + l.IP
			e = event{
				Message: strings.Join(strings.Fields(msg), " "), Datetime: l.Time.Format(time.RFC3339), TimestampDesc: "Login Time",
				DataType: "jd:login", Source: l.Sources[0].File, SourceRef: l.Sources[0].Ref(),
				IP: l.IP, Place: mask(l.Place), Device: mask(l.Device), LoginMethod: l.Method, Result: l.Result.Code(), Unfamiliar: &u,
			}
		}
		line = append(e.appendJSON(line[:0]), '\n')
		if _, err := out.Write(line); err != nil {
			return err
		}
	}
	return nil
}

// appendJSON writes the event as one JSON object, fields in a fixed order,
// empty optional fields left out (as encoding/json's omitempty would).
func (e *event) appendJSON(b []byte) []byte {
	first := true
	str := func(key, v string, always bool) {
		if v == "" && !always {
			return
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendJSONString(append(appendJSONString(append(b, ""...), key), ':'), v)
	}
	num := func(key string, v *int64) {
		if v == nil {
			return
		}
		b = appendJSONString(append(b, ','), key)
		b = strconv.AppendInt(append(b, ':'), *v, 10)
	}
	boolean := func(key string, v *bool) {
		if v == nil {
			return
		}
		b = appendJSONString(append(b, ','), key)
		b = strconv.AppendBool(append(b, ':'), *v)
	}
	b = append(b, '{')
	str("message", e.Message, true)
	str("datetime", e.Datetime, true)
	str("timestamp_desc", e.TimestampDesc, true)
	str("data_type", e.DataType, true)
	str("source_file", e.Source, true)
	str("source_ref", e.SourceRef, true)
	str("order", e.Order, false)
	str("merchant", e.Merchant, false)
	str("description", e.Description, false)
	str("direction", e.Direction, false)
	str("payment_method", e.Method, false)
	num("amount_fen", e.AmountFen)
	num("refunded_fen", e.RefundedFen)
	boolean("disputed", e.Disputed)
	str("ip", e.IP, false)
	str("place", e.Place, false)
	str("device", e.Device, false)
	str("result", e.Result, false)
	str("login_method", e.LoginMethod, false)
	boolean("unfamiliar", e.Unfamiliar)
	return append(b, '}')
}

// appendJSONString writes s as a JSON string: quotes, backslashes and
// control characters escaped, invalid UTF-8 replaced, everything else as
// it is.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\\ufffd"...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
