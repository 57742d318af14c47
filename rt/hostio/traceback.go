package hostio

import (
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
)

// FormatTraceback renders an uncaught exception as CPython prints it on
// stderr: the chain of causes and contexts first, each with its frames
// (outermost first), the "Name: message" line and its notes. Source lines
// are not shown (the artifact does not carry the source).
func FormatTraceback(e *rt.Exception) string {
	var b strings.Builder
	seen := map[*rt.Exception]bool{}
	writeChain(&b, e, seen)
	return b.String()
}

func writeChain(b *strings.Builder, e *rt.Exception, seen map[*rt.Exception]bool) {
	seen[e] = true
	switch {
	case e.Cause != nil && !seen[e.Cause]:
		writeChain(b, e.Cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	case e.Context != nil && !e.SuppressContext && !seen[e.Context]:
		writeChain(b, e.Context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if len(e.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for _, f := range e.Traceback {
			b.WriteString(`  File "` + f.File + `", line ` + strconv.Itoa(f.Line) + ", in " + f.Func + "\n")
		}
	}
	b.WriteString(e.Error())
	b.WriteByte('\n')
	for _, n := range e.Notes {
		b.WriteString(n)
		b.WriteByte('\n')
	}
}
