#!/bin/sh
# Rebuilds the test components in ../resources/wasi from the C sources here (dev-only; tests use the
# committed .wasm). Needs clang with the wasm32-wasi target and wasi-libc
# (apt-get install -y clang lld wasi-libc libclang-rt-dev-wasm32) and jco
# (cd /tmp && npm install @bytecodealliance/jco@1.35.0); JCO overrides jco's path.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/wasi"
jco=${JCO:-/tmp/node_modules/.bin/jco}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
for p in cli files misc; do
    clang --target=wasm32-wasi -O2 -o "$tmp/$p.core.wasm" "$here/$p.c"
    # adapts the preview1 imports to WASI 0.2 with jco's bundled command adapter
    "$jco" new "$tmp/$p.core.wasm" --wasi-command -o "$out/$p.wasm"
done
