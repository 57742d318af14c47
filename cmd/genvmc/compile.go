package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

func init() { register(newCompileCmd) }

func newCompileCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "compile FILE [-o OUT]",
		Short: "Compile a contract to a native artifact and print its hash",
		Long: `compile checks FILE (lint, types, storage layout, schema), lowers it to a
Go main package and builds the native artifact offline (GOPROXY=off, the
module cache only) and reproducibly (-trimpath, pinned flags, GOAMD64=v1);
the determinism verifier checks the generated package beside the build.
Artifacts are cached by the hash of the source and the compiler version in
$GENVMC_CACHE (default: the user cache directory, genvmc/): compiling the
same file again is a cache hit and builds nothing.
It prints the artifact's SHA-256 and, on a second line, the directory of the
generated Go package; -o also copies the artifact to OUT. A checker error,
a construct the code generator cannot lower, or a failed build exits 1.

FILE is a Python contract (or a module-level script, run as GenVM's
self-run cases), compiled as /contract.py as GenVM names it; for runtime
development it may also be a Go main package written against rt/hostio.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			code, err := os.ReadFile(args[0])
			if err != nil {
				return usageErr(err)
			}
			b, err := builder()
			if err != nil {
				return err
			}
			a, err := b.Compile(context.Background(), code)
			if err != nil {
				return compileErr(inFile(err, args[0]))
			}
			if out != "" {
				if err := copyFile(a.Path, out); err != nil {
					return err
				}
			}
			fmt.Fprintln(cmd.OutOrStdout(), a.Hash)
			fmt.Fprintln(cmd.OutOrStdout(), a.PkgDir)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "copy the artifact to this path")
	return cmd
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.OpenFile(dst, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, in); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}
