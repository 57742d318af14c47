package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/genvm-go/genvm/rt/calldata"
)

func init() { register(newCalldataCmd) }

func newCalldataCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "calldata",
		Short: "Encode and decode GenVM calldata",
		Long: `calldata converts between GenVM's binary calldata and readable text.

  genvmc calldata encode '{"method":"foo","args":[1,"x"]}'   prints the encoding as hex
  genvmc calldata decode 16046172677315...                  prints the debug text form

The readable input is JSON extended with addresses (0x and 40 hex digits, or
addr#hex), bytes (b"..." with \xNN escapes, or b#hex) and integers of any
size; Python spellings (None, True, False, 'single quotes', b'...') work too. decode accepts hex with an optional 0x prefix and whitespace, or - to
read it from standard input, and rejects non-canonical input with the byte
offset of the problem.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "encode VALUE",
		Short: "Print the calldata encoding of a readable value as hex",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := calldata.ParseReadable(args[0])
			if err != nil {
				return &exitErr{exitError, err}
			}
			b, err := calldata.Encode(v)
			if err != nil {
				return &exitErr{exitError, err}
			}
			fmt.Fprintln(cmd.OutOrStdout(), hex.EncodeToString(b))
			return nil
		},
	})
	var sdk bool
	decode := &cobra.Command{
		Use:   "decode [--sdk] HEX|-",
		Short: "Decode hex calldata and print its debug text form",
		Long: `decode prints the debug text form of hex calldata. By default it applies the
executor's decoder; --sdk applies the Python SDK's decoder instead, the one a
contract uses on its method calldata: it accepts the same inputs but reports
errors as the contract would see them (DecodingError, UnicodeDecodeError).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			text := args[0]
			if text == "-" {
				in, err := io.ReadAll(cmd.InOrStdin())
				if err != nil {
					return usageErr(err)
				}
				text = string(in)
			}
			b, err := parseHexArg(text)
			if err != nil {
				return &exitErr{exitError, err}
			}
			decodeFn := calldata.Decode
			if sdk {
				decodeFn = calldata.DecodeSDK
			}
			v, err := decodeFn(b)
			if err != nil {
				return &exitErr{exitError, err}
			}
			fmt.Fprintln(cmd.OutOrStdout(), calldata.DebugString(v))
			return nil
		},
	}
	decode.Flags().BoolVar(&sdk, "sdk", false, "decode as the contract's Python SDK does")
	cmd.AddCommand(decode)
	return cmd
}

// parseHexArg accepts hex digits with an optional 0x prefix and whitespace.
func parseHexArg(s string) ([]byte, error) {
	s = strings.Join(strings.Fields(s), "")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s)%2 != 0 {
		return nil, fmt.Errorf("hex input has an odd number of digits (%d)", len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("hex input: %v", err)
	}
	return b, nil
}
