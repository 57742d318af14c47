package ir

import "sort"

func sortStrings(s []string) { sort.Strings(s) }

func sortMethods(ms []*Method) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Func.Name < ms[j].Func.Name })
}
