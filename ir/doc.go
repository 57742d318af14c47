// Package ir resolves names, infers types and builds the typed IR and the
// contract model (storage fields and layout, public methods, constructor,
// schema) from the AST. It runs the checks and lint rules and reports
// diagnostics with positions. It never emits Go.
//
// # Pipeline
//
// Check(file, src) parses the file (package frontend) and then:
//
//   - resolve.go, scope.go: binds every name as CPython's symtable does
//     (function, class and comprehension scopes; global and nonlocal;
//     class bodies that see only earlier bindings; list/set/dict
//     comprehensions inlined as in Python 3.12+, generator expressions not)
//     and resolves every *frontend.Name to a Ref: local, cell, free, global,
//     class attribute or builtin. Cells and free variables are checked
//     against CPython's code objects (scope_test.go).
//   - sdk.go, entity.go: a typed model of the GenLayer SDK's API (gl.*, the
//     storage and integer types, what each function does for the
//     non-determinism rules) and the static meaning of expressions
//     (Entity: an SDK name, a Python module member, a user function or
//     class, a builtin), through imports, aliases and assignments.
//   - annot.go, types.go, infer.go: types from annotations (generics,
//     unions, Optional, typing and collections.abc forms, sized ints,
//     storage types, user classes, PEP 695 type parameters) and local
//     inference; Dynamic where nothing is known.
//   - contract.go, layout.go, schema.go: the contract model (the gl.Contract
//     subclass, its storage fields with offsets and sizes by the SDK's
//     rules, its methods with view/write/payable/min_gas), and the schema
//     JSON byte-identical to GenVM's #get-schema (testdata/schema holds
//     goldens produced by the SDK's own get_schema.py).
//   - callgraph.go, rules_*.go, unsupported.go: the call graph of resolved
//     functions, the nondet entry points and what they reach, the
//     genvm-lint rules, and the compiler's own errors (docs/lint-rules.md).
//
// # The typed IR
//
// Lower(result) turns a checked module into a Program (tir.go), the input of
// codegen. Its design:
//
//   - Control flow stays structured: if/while/for/try/with are statements
//     with bodies, as in Python, because Go has the same structured forms
//     (plus labelled break/continue and defer) and jennifer builds them
//     directly; no CFG is built. Comprehensions are expressions (Comp) that
//     codegen expands into loops.
//   - Every name is a *Var with a storage class: VarLocal (a Go local),
//     VarCell (a local captured by an inner function: a heap cell),
//     VarFree (a captured variable; Outer links it to the enclosing
//     function's cell or free variable, so closure creation knows what to
//     pass), VarGlobal (module state, re-initialised per transaction),
//     VarClassAttr, VarBuiltin. Functions list their Locals (params first)
//     and Free variables; distinct variables may share a name.
//   - Resolved names: SDK names become *SDKRef with their SDKEntry, module
//     members *ModRef, and calls carry what they call (CallFunc,
//     CallMethod, CallClass, CallSDK, CallModule, CallBuiltin or
//     CallDynamic) with the target.
//   - Every expression carries its position and static type (int, bool,
//     float, str, bytes, None, Address, uN/iN, bigint, list[T], dict[K,V],
//     tuple[...], user classes, DynArray/TreeMap/Array, SDK object types,
//     or Dynamic); codegen picks unboxed Go representations where the type
//     is static and the boxed rt.Value otherwise.
//   - Non-determinism is kept: each Function says whether it is a nondet
//     entry point (passed to gl.vm.run_nondet* or gl.eq_principle.*) or
//     reachable from one; contract methods carry their Method (public,
//     view, payable, min_gas).
//   - Unsupported constructs (a C2xx diagnostic was reported) lower to
//     *Unsupported / *BadExpr so nothing is silently miscompiled.
//
// Program.Dump renders the IR for review; testdata/tir holds goldens.
//
// # Positions
//
// Diagnostics carry 1-based lines and 1-based columns counted in code
// points (what editors show); ByteCol keeps the AST's 0-based UTF-8 byte
// column, which the official linter's JSON output uses.
package ir
