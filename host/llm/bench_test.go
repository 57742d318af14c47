package llm

import (
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
)

func BenchmarkRenderTemplate(b *testing.B) {
	tmpl := DefaultTemplates()
	req := providers.ExecPromptTemplate{Template: providers.EqComparative, Vars: calldata.Map{
		{Key: "leader_answer", Value: strings.Repeat("leader answer text ", 50)},
		{Key: "principle", Value: "the same meaning, 100%% sure"},
		{Key: "validator_answer", Value: strings.Repeat("validator answer text ", 50)},
	}}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := FromTemplate(tmpl, req); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONReply(b *testing.B) {
	reply := "```json\n{\"result\": true, \"reason\": \"all rules satisfied\", \"items\": [1, 2, 3, {\"k\": \"v\"}]}\n```"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jsonFromText(reply); err != nil {
			b.Fatal(err)
		}
	}
}
