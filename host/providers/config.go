package providers

import (
	"fmt"
	"os"
	"regexp"

	"gopkg.in/yaml.v3"
)

var envRE = regexp.MustCompile(`\$\{ENV\[([A-Za-z_][A-Za-z0-9_]*)\]\}`)

// ExpandEnv replaces GenVM's `${ENV[NAME]}` placeholders with the value of
// the environment variable NAME (empty when unset), as GenVM's templater does
// for module configs.
func ExpandEnv(s string, getenv func(string) string) string {
	if getenv == nil {
		getenv = os.Getenv
	}
	return envRE.ReplaceAllStringFunc(s, func(m string) string {
		return getenv(envRE.FindStringSubmatch(m)[1])
	})
}

// ConfigError is a configuration problem with its file position.
type ConfigError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// NodeErr returns a ConfigError at n's position.
func NodeErr(file string, n *yaml.Node, format string, args ...any) error {
	e := &ConfigError{File: file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	return e
}

// ParseYAML parses src into its document's root node.
func ParseYAML(file string, src []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, &ConfigError{File: file, Msg: err.Error()}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode}, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, NodeErr(file, root, "expected a mapping at the top level")
	}
	return root, nil
}

// Pair is one key/value of a YAML mapping, in file order.
type Pair struct {
	Key   string
	KeyN  *yaml.Node
	Value *yaml.Node
}

// Pairs returns the entries of mapping node n in file order (YAML maps are
// unordered for Go maps; order matters for backend fallback and mock rules).
// Anchors and aliases are resolved.
func Pairs(file string, n *yaml.Node) ([]Pair, error) {
	n = deref(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, NodeErr(file, n, "expected a mapping")
	}
	var out []Pair
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := deref(n.Content[i])
		if k.Kind != yaml.ScalarNode {
			return nil, NodeErr(file, k, "mapping keys must be scalars")
		}
		if seen[k.Value] {
			return nil, NodeErr(file, k, "duplicate key %q", k.Value)
		}
		seen[k.Value] = true
		out = append(out, Pair{Key: k.Value, KeyN: k, Value: deref(n.Content[i+1])})
	}
	return out, nil
}

func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// Decode decodes node n into out, reporting errors with n's position.
func Decode(file string, n *yaml.Node, out any) error {
	if err := n.Decode(out); err != nil {
		return NodeErr(file, n, "%v", err)
	}
	return nil
}

// Lookup returns the value of key in mapping n, or nil.
func Lookup(n *yaml.Node, key string) *yaml.Node {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return deref(n.Content[i+1])
		}
	}
	return nil
}
