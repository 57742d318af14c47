package storage_test

import (
	"encoding/hex"
	"fmt"

	"github.com/holiman/uint256"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/storage"
)

// The worked example of docs/storage.md: a contract
//
//	class Bank(gl.Contract):
//	    owner: Address
//	    total: u64
//	    balances: TreeMap[Address, u256]
//	    log: DynArray[str]
func Example() {
	st := storage.NewMemStore()
	tx := storage.NewTx(st, nil)
	balances := storage.NewTreeMapDesc[address.Address, uint256.Int](storage.Address, storage.U256, storage.CmpAddress)
	logDesc := storage.DynArrayDesc[string]{Item: storage.Str}
	bank := storage.MustRecord("Bank",
		storage.FieldSpec{Name: "owner", Desc: storage.Address},
		storage.FieldSpec{Name: "total", Desc: storage.U64},
		storage.FieldSpec{Name: "balances", Desc: balances},
		storage.FieldSpec{Name: "log", Desc: logDesc})
	for _, f := range bank.Fields {
		fmt.Println(f.Name, "at", f.Off)
	}

	self, _ := bank.Get(storage.ContractLoc(tx))
	owner, _ := address.Parse("0x1100000000000000000000000000000000000022")
	_ = storage.Address.Set(self.FieldLoc(0), owner)
	_ = storage.U64.Set(self.FieldLoc(1), 100)
	m, _ := balances.Get(self.FieldLoc(2))
	_ = m.Set(owner, *uint256.NewInt(100))
	log, _ := logDesc.Get(self.FieldLoc(3))
	_ = log.Append("hi")
	if err := tx.Commit(); err != nil {
		panic(err)
	}
	for _, id := range st.Slots() {
		fmt.Println(id.String()[:8], hex.EncodeToString(st.Bytes(id)))
	}
	// Output:
	// owner at 0
	// total at 20
	// balances at 28
	// log at 40
	// 09eabea9 02000000
	// 372d46c3 1100000000000000000000000000000000000022640000000000000001000000010000000000000001000000
	// 8a8b36bf 11000000000000000000000000000000000000226400000000000000000000000000000000000000000000000000000000000000000000000000000000
	// e0d7256c 6869
}
