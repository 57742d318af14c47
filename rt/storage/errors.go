package storage

import (
	"errors"
	"fmt"
)

// ErrForbidden is returned by a write to a locked slot by a sender that is
// not an upgrader. The SDK sees it as SystemError("6: forbidden").
var ErrForbidden = errors.New("6: forbidden")

// ErrOutOfRange is returned for an access past the 2^32 bytes of a slot.
var ErrOutOfRange = errors.New("storage: access beyond 2^32 bytes of a slot")

// PyError is an error the Python SDK raises as an exception; Kind is the
// exception class (OverflowError, IndexError, KeyError, TypeError,
// UnicodeDecodeError, Exception), Msg its message (the exception's one
// argument: str(exc) except for KeyError, whose str is the repr of it).
type PyError struct {
	Kind string
	Msg  string
}

func (e *PyError) Error() string { return e.Kind + ": " + e.Msg }

func overflow(msg string) error { return &PyError{"OverflowError", msg} }

func indexErr(format string, args ...any) error {
	return &PyError{"IndexError", fmt.Sprintf(format, args...)}
}
