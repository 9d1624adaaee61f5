package bundle

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
	"time"

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

	at time.Time
}

// timelineJSONL writes every transaction and login as one event a line,
// in time order.
func timelineJSONL(w *casework.Work, mask func(string) string) ([]byte, error) {
	disputed := map[*evidence.Transaction]bool{}
	for _, t := range w.Disputes.Disputed {
		disputed[t] = true
	}
	var events []event
	for _, t := range w.Transactions {
		amount, refunded, dis := int64(t.Amount), int64(t.Refunded), disputed[t]
		msg := t.Time.Format("2006-01-02 15:04:05") + " " + t.Direction.Code() + " " + t.Amount.Yuan() + " " + mask(t.Description)
		if dis {
			msg = "DISPUTED " + msg
		}
		events = append(events, event{
			Message: strings.TrimSpace(msg), Datetime: t.Time.Format(time.RFC3339), TimestampDesc: "Transaction Time",
			DataType: "jd:transaction", Source: t.Sources[0].File, SourceRef: t.Sources[0].Ref(),
			Order: t.Order, Merchant: mask(t.Merchant), Description: mask(t.Description), Direction: t.Direction.Code(), Method: t.Method,
			AmountFen: &amount, RefundedFen: &refunded, Disputed: &dis, at: t.Time,
		})
	}
	for _, l := range w.Logins {
		u := w.Analysis.Unfamiliar[l]
		msg := "login " + l.Result.Code() + " " + mask(l.Device) + " " + mask(l.Place) + " " + l.IP
		events = append(events, event{
			Message: strings.Join(strings.Fields(msg), " "), Datetime: l.Time.Format(time.RFC3339), TimestampDesc: "Login Time",
			DataType: "jd:login", Source: l.Sources[0].File, SourceRef: l.Sources[0].Ref(),
			IP: l.IP, Place: mask(l.Place), Device: mask(l.Device), LoginMethod: l.Method, Result: l.Result.Code(), Unfamiliar: &u, at: l.Time,
		})
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].at.Before(events[j].at) })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, e := range events {
		if err := enc.Encode(e); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}
