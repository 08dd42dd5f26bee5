#!/bin/sh
# Rebuilds calc.wasm (the component) from calc.c and calc.wat.in, and records in expected.txt what
# the same calls return when jco transpiles the component and node runs it.
# Needs clang with the wasm32 target + wasm-ld, node, and jco 1.35.0 (npm install @bytecodealliance/jco@1.35.0).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jco=${JCO:-npx --prefix /tmp jco}
tmp=$(mktemp -d)
clang --target=wasm32 -nostdlib -O2 -Wl,--no-entry -Wl,--export-dynamic -o "$tmp/core.wasm" "$here/calc.c"
$jco print "$tmp/core.wasm" > "$tmp/core.wat"
# the module's fields: everything between the opening "(module" and its final ")"
sed -e '1s/^(module//' -e '/^\s*$/d' "$tmp/core.wat" | sed '$s/)\s*$//' > "$tmp/fields.wat"
awk -v f="$tmp/fields.wat" '/CORE-MODULE/ { while ((getline l < f) > 0) print l; next } { print }' \
    "$here/calc.wat.in" > "$tmp/calc.wat"
$jco parse "$tmp/calc.wat" -o "$here/calc.wasm"
$jco transpile "$here/calc.wasm" --name calc -o "$tmp/js" --no-nodejs-compat >/dev/null
node --no-warnings "$here/run-node.mjs" "$tmp/js/calc.js" > "$here/expected.txt"
rm -rf "$tmp"
