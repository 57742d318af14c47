// Command bad breaks every determinism rule the verifier knows, each in a
// function reachable from main (and one that is not reachable).
package main

import (
	"math/rand"
	"os"
	"time"
	"unsafe"

	"github.com/genvm-go/genvm/rt/hostio"
)

type clock interface{ now() int64 }

type wall struct{}

func (wall) now() int64 { return time.Now().UnixNano() } // reachable only through the interface

func spawn() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	select {
	case <-ch:
	default:
	}
}

func keys(m map[string]int) (out []string) {
	for k := range m {
		out = append(out, k)
	}
	return out
}

func unreachable() { time.Sleep(time.Second) }

func main() {
	var c clock = wall{}
	_ = c.now()
	_ = rand.Intn(10)
	_ = os.Getenv("HOME")
	_ = unsafe.Sizeof(0)
	spawn()
	_ = keys(map[string]int{"a": 1})
	hostio.Main(&hostio.Contract{})
}
