package i18n

import (
	"strings"
	"testing"
)

func TestNeutral(t *testing.T) {
	quoted := M("row.time_bad", "50%!")
	if s := quoted.Localize(EN); !strings.Contains(s, "50%!") {
		t.Fatalf("the quoted text is shown as it is: %q", s)
	}
	if s := quoted.Neutral().Localize(EN); strings.Contains(s, "%!") {
		t.Errorf("neutral message still quotes the input: %q", s)
	}
	// A verb that does not fit its argument still shows.
	if s := M("row.too_few_fields", "two", 11).Neutral().Localize(EN); !strings.Contains(s, "%!d") {
		t.Errorf("a string for %%d went unnoticed: %q", s)
	}
}
