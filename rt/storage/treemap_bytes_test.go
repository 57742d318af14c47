package storage

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"
)

// TestTreeMapBytesAgainstSDK replays TreeMap[str, u32] sequences run through
// the SDK's own tree_map.py and DynArray over byte-level slots
// (testdata/gen_treemap_bytes.py) and compares every slot's final bytes.
func TestTreeMapBytesAgainstSDK(t *testing.T) {
	raw, err := os.ReadFile("testdata/treemap_sdk_bytes.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []struct {
			Seed  int
			Ops   [][4]json.RawMessage
			Items [][2]json.RawMessage
			Slots map[string]string
		}
	}
	must(t, json.Unmarshal(raw, &file))
	for _, c := range file.Cases {
		t.Run(fmt.Sprint(c.Seed), func(t *testing.T) {
			st := NewMemStore()
			tx := NewTx(st, nil)
			d := NewTreeMapDesc[string, uint64](Str, U32, CmpString)
			m, _ := d.Get(Loc{tx, SlotID(bytes.Repeat([]byte{5}, 32)), 2})
			for i, op := range c.Ops {
				var name, k, res string
				var v uint64
				must(t, json.Unmarshal(op[0], &name))
				must(t, json.Unmarshal(op[1], &k))
				must(t, json.Unmarshal(op[2], &v))
				switch name {
				case "set":
					must(t, m.Set(k, v))
				case "del":
					must(t, json.Unmarshal(op[3], &res))
					err := m.Delete(k)
					var pe *PyError
					got := "ok"
					if errors.As(err, &pe) {
						got = pe.Kind
					}
					if got != res {
						t.Fatalf("op %d del %q: %s, SDK %s", i, k, got, res)
					}
				case "god":
					var want uint64
					must(t, json.Unmarshal(op[3], &want))
					got, err := m.GetOrInsertDefault(k)
					must(t, err)
					if got != want {
						t.Fatalf("op %d get_or_insert_default(%q) = %d, SDK %d", i, k, got, want)
					}
				case "clear":
					must(t, m.Clear())
				}
			}
			must(t, tx.Commit())
			if len(st.Slots()) != len(c.Slots) {
				t.Fatalf("%d slots, SDK %d", len(st.Slots()), len(c.Slots))
			}
			for _, id := range st.Slots() {
				if got := hex.EncodeToString(st.Bytes(id)); got != c.Slots[id.String()] {
					t.Fatalf("slot %s:\n got %s\nSDK %s", id.String()[:8], got, c.Slots[id.String()])
				}
			}
		})
	}
}
