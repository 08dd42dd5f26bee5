#!/bin/sh
# Converts every test component here from text (*.wat) to binary (*.wasm) with jco 1.35.0
# (npm install @bytecodealliance/jco@1.35.0); the tests read the binaries and need no node.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jco=${JCO:-npx --prefix /tmp jco}
for wat in "$here"/*.wat; do
    $jco parse "$wat" -o "${wat%.wat}.wasm"
done
