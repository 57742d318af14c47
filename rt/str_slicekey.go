package rt

// txSliceParts returns the bounds of a slice key.
func txSliceParts(key Value) (start, stop, step Value, ok bool) {
	if s, isSlice := key.(*Slice); isSlice {
		return s.Start, s.Stop, s.Step, true
	}
	return nil, nil, nil, false
}
