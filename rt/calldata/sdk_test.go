package calldata

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

// TestAgainstSDKVectors checks encoding, the debug text form and both
// decoders against testdata/sdk_vectors.json, produced by running the SDK's
// own calldata.py (see gen_sdk_vectors.py there).
func TestAgainstSDKVectors(t *testing.T) {
	raw, err := os.ReadFile("testdata/sdk_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Valid []struct {
			Hex string
			Str string
		}
		Malformed []struct {
			Hex     string
			Outcome string
		}
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Valid) == 0 || len(f.Malformed) == 0 {
		t.Fatal("empty vectors")
	}
	for _, v := range f.Valid {
		b, _ := hex.DecodeString(v.Hex)
		val, err := Decode(b)
		if err != nil {
			t.Errorf("Decode(%s): %v", v.Hex, err)
			continue
		}
		if got := DebugString(val); got != v.Str {
			t.Errorf("DebugString(%s) = %s, SDK to_str %s", v.Hex, got, v.Str)
		}
		if enc := MustEncode(val); !bytes.Equal(enc, b) {
			t.Errorf("Encode(%s) = %x, SDK encode %s", v.Str, enc, v.Hex)
		}
		sv, err := DecodeSDK(b)
		if err != nil || DebugString(sv) != v.Str {
			t.Errorf("DecodeSDK(%s) = %v, %v", v.Hex, sv, err)
		}
	}
	for _, m := range f.Malformed {
		b, _ := hex.DecodeString(m.Hex)
		got := "ok:"
		v, err := DecodeSDK(b)
		var se *SDKError
		switch {
		case err == nil:
			got += DebugString(v)
		case errors.As(err, &se):
			got = "err:" + se.Kind
		default:
			got = "err:?" + err.Error()
		}
		if got != m.Outcome {
			t.Errorf("DecodeSDK(%s) = %s, SDK %s", m.Hex, got, m.Outcome)
		}
		// the strict decoder accepts the same inputs with the same values
		sv, err := Decode(b)
		strict := "rejected"
		if err == nil {
			strict = "ok:" + DebugString(sv)
		}
		if (strict == "rejected") != strings.HasPrefix(m.Outcome, "err:") || err == nil && strict != m.Outcome {
			t.Errorf("Decode(%s) = %s, SDK %s", m.Hex, strict, m.Outcome)
		}
	}
}

// FuzzDecodeSDK: the SDK-compatible decoder never panics and accepts exactly
// what the strict decoder accepts, with the same values.
func FuzzDecodeSDK(f *testing.F) {
	f.Add([]byte{0x81, 0x00})
	f.Add([]byte{0x0d, 0x0d})
	f.Add([]byte{0x16, 0x01, 0x62, 0x00, 0x01, 0x61, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := DecodeSDK(b)
		sv, serr := Decode(b)
		if (err == nil) != (serr == nil) {
			t.Fatalf("strict: %v; SDK: %v", serr, err)
		}
		if err == nil && !Equal(v, sv) {
			t.Fatalf("strict %s, SDK %s", DebugString(sv), DebugString(v))
		}
	})
}
