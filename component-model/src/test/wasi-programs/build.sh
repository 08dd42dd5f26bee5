#!/bin/sh
# Rebuilds the test components in ../resources/wasi from the C sources here (dev-only; tests use the
# committed .wasm). Needs clang with the wasm32-wasi target and wasi-libc
# (apt-get install -y clang lld wasi-libc libclang-rt-dev-wasm32), node and jco 1.35.0
# (cd /tmp && npm install @bytecodealliance/jco@1.35.0; JCO overrides jco's path), and the WASI 0.2.12
# WIT (WASI_WIT, default /work/shared/wasi-wit/v0.2.12: the wit directories of WebAssembly/WASI).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/wasi"
jco=${JCO:-/tmp/node_modules/.bin/jco}
wasi_wit=${WASI_WIT:-/work/shared/wasi-wit/v0.2.12}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# cli, files, misc: libc programs (preview1) adapted to WASI 0.2 by jco's bundled command adapter
for p in cli files misc; do
    clang --target=wasm32-wasi -O2 -o "$tmp/$p.core.wasm" "$here/$p.c"
    "$jco" new "$tmp/$p.core.wasm" --wasi-command -o "$out/$p.wasm"
done
# the CLI tests also run cli.c as the preview1 module it is before adaptation
cp "$tmp/cli.core.wasm" "$out/cli.core.wasm"

# direct: calls the 0.2 interfaces itself (wasi02.h), so no adapter: its world's WIT is embedded and
# the module becomes a component as it is (componentize-core.mjs). The WASI packages are copied in as deps.
mkdir -p "$tmp/wit/deps"
cp "$here/direct.wit" "$tmp/wit/"
for pkg in cli io clocks random filesystem sockets; do
    mkdir -p "$tmp/wit/deps/$pkg"
    cp "$wasi_wit/$pkg"/*.wit "$tmp/wit/deps/$pkg/"
done
rm "$tmp/wit/deps/cli/command.wit"
clang --target=wasm32-wasi -O2 -Wall -nostartfiles -Wl,--no-entry -o "$tmp/direct.core.wasm" "$here/direct.c"
node "$here/componentize-core.mjs" "$tmp/direct.core.wasm" "$tmp/wit" direct "$out/direct.wasm"
