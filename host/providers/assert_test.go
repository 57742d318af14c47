package providers

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// check is a minimal assertion helper (the module pins no assertion library
// whose dependencies are in go.sum). assert reports and continues; require
// stops the test.
type check struct{ fatal bool }

var (
	assert  = check{}
	require = check{fatal: true}
)

func (c check) fail(t *testing.T, msg string, args []any) {
	t.Helper()
	if len(args) > 0 {
		if f, ok := args[0].(string); ok {
			msg += ": " + fmt.Sprintf(f, args[1:]...)
		}
	}
	if c.fatal {
		t.Fatal(msg)
	}
	t.Error(msg)
}

func (c check) Equal(t *testing.T, want, got any, args ...any) {
	t.Helper()
	if !reflect.DeepEqual(want, got) {
		c.fail(t, fmt.Sprintf("\nwant %#v\n got %#v", want, got), args)
	}
}

func (c check) True(t *testing.T, v bool, args ...any) {
	t.Helper()
	if !v {
		c.fail(t, "want true", args)
	}
}

func (c check) False(t *testing.T, v bool, args ...any) {
	t.Helper()
	if v {
		c.fail(t, "want false", args)
	}
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Map, reflect.Slice, reflect.Pointer, reflect.Interface, reflect.Func, reflect.Chan:
		return r.IsNil()
	}
	return false
}

func (c check) Nil(t *testing.T, v any, args ...any) {
	t.Helper()
	if !isNil(v) {
		c.fail(t, fmt.Sprintf("want nil, got %#v", v), args)
	}
}

func (c check) NotNil(t *testing.T, v any, args ...any) {
	t.Helper()
	if isNil(v) {
		c.fail(t, "want non-nil", args)
	}
}

func (c check) NoError(t *testing.T, err error, args ...any) {
	t.Helper()
	if err != nil {
		c.fail(t, "unexpected error: "+err.Error(), args)
	}
}

func (c check) Error(t *testing.T, err error, args ...any) {
	t.Helper()
	if err == nil {
		c.fail(t, "want an error", args)
	}
}

func (c check) Contains(t *testing.T, s any, sub string, args ...any) {
	t.Helper()
	str, ok := s.(string)
	if !ok {
		str = fmt.Sprint(s)
	}
	if !strings.Contains(str, sub) {
		c.fail(t, fmt.Sprintf("%q does not contain %q", str, sub), args)
	}
}

func (c check) IsType(t *testing.T, want, got any, args ...any) {
	t.Helper()
	if reflect.TypeOf(want) != reflect.TypeOf(got) {
		c.fail(t, fmt.Sprintf("want type %T, got %T", want, got), args)
	}
}

func (c check) Len(t *testing.T, v any, n int, args ...any) {
	t.Helper()
	if l := reflect.ValueOf(v).Len(); l != n {
		c.fail(t, fmt.Sprintf("want len %d, got %d", n, l), args)
	}
}
