// Package strictyaml decodes YAML into Go structs strictly: an unknown key,
// a duplicate key, a value of the wrong type or a YAML alias is an error
// that carries the line and the dotted path of the key, so the caller can
// say exactly what to fix. It exists because a typo in a case file must not
// silently drop a dispute, and because yaml.v3's own errors name Go types
// that mean nothing to the person editing the file.
package strictyaml

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Kind says what is wrong.
type Kind int

const (
	Syntax       Kind = iota // not YAML at all
	UnknownKey               // a key the struct has no field for
	DuplicateKey             // the same key twice in one mapping
	WrongType                // e.g. a list where text was expected
	BadValue                 // a scalar that the field's type rejects
	Alias                    // anchors and aliases are not accepted
	MultiDoc                 // more than one document
)

// Error is one problem, at a line of the file.
type Error struct {
	Kind   Kind
	Line   int
	Column int
	Path   string // dotted path of the key, e.g. "disputes[2].order"
	Key    string // the offending key (UnknownKey, DuplicateKey)
	Want   string // what was expected: "text", "number", "list", "mapping", …
	Got    string // what was found
	Known  []string
	Err    error // the scalar parser's error (BadValue) or yaml's (Syntax)
}

func (e *Error) Error() string {
	return fmt.Sprintf("line %d: %s: kind %d", e.Line, e.Path, e.Kind)
}

// ScalarDecoder is implemented by field types that parse their own text
// (dates, times, money).
type ScalarDecoder interface {
	DecodeScalar(value string) error
}

// Decode decodes data into v (a pointer to a struct) and returns every
// problem found; decoding goes on past problems so all of them are reported
// at once.
//
// lines maps the dotted path of every key and list item to its line, so
// later checks can point at the line of what they reject.
func Decode(data []byte, v any) (lines map[string]int, errs []*Error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	if err := dec.Decode(&doc); err != nil {
		if err.Error() == "EOF" {
			return map[string]int{}, nil // an empty file decodes to the zero value
		}
		return nil, []*Error{{Kind: Syntax, Line: syntaxLine(err), Err: err}}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, []*Error{{Kind: MultiDoc, Line: extra.Line}}
	}
	d := &decoder{lines: map[string]int{}}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	d.value(root, reflect.ValueOf(v).Elem(), "")
	return d.lines, d.errs
}

// syntaxLine pulls the line number out of yaml.v3's message
// ("yaml: line 5: …").
func syntaxLine(err error) int {
	s := err.Error()
	if i := strings.Index(s, "line "); i >= 0 {
		rest := s[i+5:]
		j := 0
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		if n, err := strconv.Atoi(rest[:j]); err == nil {
			return n
		}
	}
	return 0
}

type decoder struct {
	errs  []*Error
	lines map[string]int
}

func (d *decoder) fail(e *Error) { d.errs = append(d.errs, e) }

var scalarDecoderType = reflect.TypeOf((*ScalarDecoder)(nil)).Elem()

func (d *decoder) value(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.fail(&Error{Kind: Alias, Line: n.Line, Column: n.Column, Path: path})
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // key: (nothing) leaves the zero value
	}
	if v.CanAddr() && v.Addr().Type().Implements(scalarDecoderType) {
		if n.Kind != yaml.ScalarNode {
			d.fail(&Error{Kind: WrongType, Line: n.Line, Column: n.Column, Path: path, Want: "text", Got: nodeKind(n)})
			return
		}
		if err := v.Addr().Interface().(ScalarDecoder).DecodeScalar(n.Value); err != nil {
			d.fail(&Error{Kind: BadValue, Line: n.Line, Column: n.Column, Path: path, Got: n.Value, Err: err})
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.structure(n, v, path)
	case reflect.Slice:
		d.list(n, v, path)
	case reflect.Map:
		d.mapping(n, v, path)
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(n, v.Elem(), path)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.fail(&Error{Kind: WrongType, Line: n.Line, Column: n.Column, Path: path, Want: "text", Got: nodeKind(n)})
			return
		}
		v.SetString(n.Value)
	case reflect.Int, reflect.Int64, reflect.Int32:
		if n.Kind != yaml.ScalarNode {
			d.fail(&Error{Kind: WrongType, Line: n.Line, Column: n.Column, Path: path, Want: "number", Got: nodeKind(n)})
			return
		}
		i, err := strconv.ParseInt(strings.TrimSpace(n.Value), 10, 64)
		if err != nil || v.OverflowInt(i) {
			d.fail(&Error{Kind: WrongType, Line: n.Line, Column: n.Column, Path: path, Want: "number", Got: n.Value})
			return
		}
		v.SetInt(i)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode {
			d.fail(&Error{Kind: WrongType, Line: n.Line, Column: n.Column, Path: path, Want: "bool", Got: nodeKind(n)})
			return
		}
		switch strings.ToLower(strings.TrimSpace(n.Value)) {
		case "true", "yes", "on", "是":
			v.SetBool(true)
		case "false", "no", "off", "否":
			v.SetBool(false)
		default:
			d.fail(&Error{Kind: WrongType, Line: n.Line, Column: n.Column, Path: path, Want: "bool", Got: n.Value})
		}
	default:
		panic("strictyaml: unsupported field type " + v.Type().String())
	}
}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.fail(&Error{Kind: WrongType, Line: n.Line, Column: n.Column, Path: path, Want: "mapping", Got: nodeKind(n)})
		return
	}
	fields := map[string]int{}
	var known []string
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" || !t.Field(i).IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(t.Field(i).Name)
		}
		if strings.Contains(opts, "line") {
			continue // a field that records the mapping's line
		}
		fields[name] = i
		known = append(known, name)
	}
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("yaml"); strings.HasSuffix(tag, ",line") && t.Field(i).Type.Kind() == reflect.Int {
			v.Field(i).SetInt(int64(n.Line))
		}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := k.Value
		p := joinPath(path, key)
		if seen[key] {
			d.fail(&Error{Kind: DuplicateKey, Line: k.Line, Column: k.Column, Path: p, Key: key})
			continue
		}
		seen[key] = true
		d.lines[p] = k.Line
		idx, ok := fields[key]
		if !ok {
			d.fail(&Error{Kind: UnknownKey, Line: k.Line, Column: k.Column, Path: p, Key: key, Known: known})
			continue
		}
		d.value(val, v.Field(idx), p)
	}
}

func (d *decoder) list(n *yaml.Node, v reflect.Value, path string) {
	items := n.Content
	if n.Kind != yaml.SequenceNode {
		// One value where a list is expected is a list of one: people
		// write "transactions: exports/jd.csv".
		items = []*yaml.Node{n}
	}
	out := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		p := path + "[" + strconv.Itoa(i) + "]"
		d.lines[p] = item.Line
		d.value(item, out.Index(i), p)
	}
	v.Set(out)
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.fail(&Error{Kind: WrongType, Line: n.Line, Column: n.Column, Path: path, Want: "mapping", Got: nodeKind(n)})
		return
	}
	if v.Type().Key().Kind() != reflect.String {
		panic("strictyaml: map keys must be strings")
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		p := joinPath(path, k.Value)
		if k.Kind != yaml.ScalarNode {
			d.fail(&Error{Kind: WrongType, Line: k.Line, Column: k.Column, Path: p, Want: "text", Got: nodeKind(k)})
			continue
		}
		if seen[k.Value] {
			d.fail(&Error{Kind: DuplicateKey, Line: k.Line, Column: k.Column, Path: p, Key: k.Value})
			continue
		}
		seen[k.Value] = true
		d.lines[p] = k.Line
		elem := reflect.New(v.Type().Elem()).Elem()
		d.value(val, elem, p)
		v.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
	}
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "mapping"
	case yaml.AliasNode:
		return "alias"
	}
	return strconv.Quote(n.Value)
}
