package i18n

// catalog is every message, built from the per-area tables below. It is
// only ever read.
var catalog = merge(commonMessages, ingestMessages, caseMessages, cliMessages, analyzeMessages, attachMessages)

func merge(tables ...map[string]entry) map[string]entry {
	out := map[string]entry{}
	for _, t := range tables {
		for k, v := range t {
			if _, dup := out[k]; dup {
				panic("i18n: duplicate message key " + k)
			}
			out[k] = v
		}
	}
	return out
}

var commonMessages = map[string]entry{
	"error.plain": {"%[1]s", "%[1]s"},
}
