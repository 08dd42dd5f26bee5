#!/bin/sh
# Rebuilds the WASI test programs into ../resources/wasi/. Needs clang, lld and wasi-libc
# (Debian: apt-get install clang lld wasi-libc libclang-rt-dev-wasm32). The built .wasm files are
# committed, so the tests themselves need none of this.
set -eu
cd "$(dirname "$0")"
out=../resources/wasi
mkdir -p "$out"
for src in *.c; do
    clang --target=wasm32-wasi -O2 -Wall -Wl,--strip-all -o "$out/${src%.c}.wasm" "$src"
done
