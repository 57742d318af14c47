package rt

// This file gives None, NotImplemented and Ellipsis their protocols.

// noneHash is hash(None) in CPython 3.12+ (a constant, no longer an address).
const noneHash = 0xFCA86420

func init() {
	NoneTypeClass.Slots.Repr = func(Value) string { return "None" }
	NoneTypeClass.Slots.Bool = func(Value) bool { return false }
	NoneTypeClass.Slots.Hash = func(Value) int64 { return noneHash }
	SetConstructor(NoneTypeClass, func(args []Value, kwargs []KW) Value {
		if len(args)+len(kwargs) > 0 {
			panic(NewException(TypeError, "NoneType takes no arguments"))
		}
		return None
	})
	NotImplementedClass.Slots.Repr = func(Value) string { return "NotImplemented" }
	// CPython hashes these singletons by address; any constant is as good
	// (they only equal themselves).
	NotImplementedClass.Slots.Hash = func(Value) int64 { return 0x4e6f74496d706c }
	EllipsisClass.Slots.Repr = func(Value) string { return "Ellipsis" }
	EllipsisClass.Slots.Hash = func(Value) int64 { return 0x456c6c6970 }
}
