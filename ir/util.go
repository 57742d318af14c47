package ir

import "sort"

func sortStrings(s []string) { sort.Strings(s) }

func sortMethods(ms []*Method) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Func.Name < ms[j].Func.Name })
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
