package main

import "github.com/spf13/cobra"

func init() { register(newViewCmd) }

func newViewCmd() *cobra.Command { return newCallLikeCmd(true) }
