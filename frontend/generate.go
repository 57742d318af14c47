package frontend

// The tables below are generated from CPython 3.13 (the oracle) and checked
// by TestGeneratedTablesMatchCPython.
//go:generate sh -c "python3.13 gen/gen_unicode.py > unicode_tables.go && gofmt -w unicode_tables.go"
//go:generate sh -c "python3.13 gen/gen_codecs.py > codecs_table.go && gofmt -w codecs_table.go"
//go:generate python3.13 gen/gen_names.py unicode_names.txt.gz
