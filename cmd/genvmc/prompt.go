package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/genvm-go/genvm/host/llm"
	"github.com/genvm-go/genvm/host/mock"
	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
)

func init() { register(newPromptCmd) }

func newPromptCmd() *cobra.Command {
	var (
		config, mockFile, record, format, template string
		images, vars                               []string
		defaultConfig                              bool
	)
	cmd := &cobra.Command{
		Use:   "prompt [flags] PROMPT",
		Short: "Send a prompt through the LLM providers, as gl.nondet.exec_prompt does",
		Long: `prompt runs one prompt the way a contract's gl.nondet.exec_prompt (or an
equivalence-principle template) does, through the LLM backends of a config in
GenVM's format (--config; default: the built-in config, whose keys come from
OPENAIKEY, ANTHROPICKEY, GEMINIKEY), or through mock rules (--mock).

  genvmc prompt --mock rules.yaml 'What is 2+2?'
  genvmc prompt --format json 'Give {"answer": ...} for 2+2'
  genvmc prompt --template EqComparative --var leader_answer=4 --var validator_answer=four --var principle='same number'
  genvmc prompt --record rec.yaml 'question'        record real replies for --mock replay
  genvmc prompt --default-config                    print the built-in config

Text answers print as they are; JSON and bool answers in calldata's debug form.
A provider error prints GenVM's error value {causes, ctx, fatal} and exits 1.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			if defaultConfig {
				_, err := out.Write(llm.DefaultConfigYAML())
				return err
			}
			p, err := loadLLM(config, mockFile, record)
			if err != nil {
				return err
			}
			ctx := context.Background()
			var ans providers.PromptAnswer
			if template != "" {
				if len(args) != 0 {
					return usageErr(fmt.Errorf("--template takes no PROMPT argument (use --var)"))
				}
				req := providers.ExecPromptTemplate{Template: template}
				for _, v := range vars {
					k, val, ok := strings.Cut(v, "=")
					if !ok {
						return usageErr(fmt.Errorf("--var %q: want NAME=VALUE", v))
					}
					req.Vars = append(req.Vars, calldata.Entry{Key: k, Value: val})
				}
				parsed, err := providers.ParseExecPromptTemplate(append(calldata.Map{{Key: "template", Value: template}}, req.Vars...))
				if err != nil {
					return usageErr(err)
				}
				ans, err = p.ExecPromptTemplate(ctx, parsed)
			} else {
				if len(args) != 1 {
					return usageErr(fmt.Errorf("a PROMPT argument is required"))
				}
				if format != providers.FormatText && format != providers.FormatJSON {
					return usageErr(fmt.Errorf("--format must be text or json"))
				}
				req := providers.ExecPrompt{Prompt: args[0], ResponseFormat: format}
				for _, f := range images {
					b, err := os.ReadFile(f)
					if err != nil {
						return usageErr(err)
					}
					req.Images = append(req.Images, b)
				}
				ans, err = p.ExecPrompt(ctx, req)
			}
			if err != nil {
				return providerErr(err)
			}
			if ans.Format == providers.FormatText {
				fmt.Fprintln(out, ans.Text)
			} else {
				fmt.Fprintln(out, calldata.DebugString(ans.Value()))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&config, "config", "", "LLM config file in GenVM's format (default: built-in)")
	f.StringVar(&mockFile, "mock", "", "answer from this mock rules file instead of real backends")
	f.StringVar(&record, "record", "", "record real replies into this rules file")
	f.StringVar(&format, "format", "text", "response format: text or json")
	f.StringVar(&template, "template", "", "EqComparative, EqNonComparativeLeader or EqNonComparativeValidator")
	f.StringArrayVar(&vars, "var", nil, "template variable NAME=VALUE (repeatable)")
	f.StringArrayVar(&images, "image", nil, "PNG or JPEG file to attach (at most 2)")
	f.BoolVar(&defaultConfig, "default-config", false, "print the built-in config and exit")
	return cmd
}

func loadLLM(config, mockFile, record string) (providers.LLM, error) {
	if mockFile != "" {
		if config != "" || record != "" {
			return nil, usageErr(fmt.Errorf("--mock excludes --config and --record"))
		}
		l, _, err := mock.Replay(mockFile)
		if err != nil {
			return nil, usageErr(err)
		}
		return l, nil
	}
	var cfg *llm.Config
	var err error
	if config != "" {
		cfg, err = llm.LoadConfig(config)
	} else {
		cfg, err = llm.ParseConfig("<built-in>", llm.DefaultConfigYAML(), os.Getenv)
	}
	if err != nil {
		return nil, usageErr(err)
	}
	var p providers.LLM = llm.New(cfg, nil)
	if record != "" {
		r, err := mock.NewRecorder(record, p, nil)
		if err != nil {
			return nil, usageErr(err)
		}
		p = r
	}
	return p, nil
}

// providerErr prints a module error as GenVM's error value (exit 1).
func providerErr(err error) error {
	if e, ok := err.(*providers.Error); ok {
		return &exitErr{exitError, fmt.Errorf("%s", calldata.DebugString(e.Value()))}
	}
	return &exitErr{exitError, err}
}
