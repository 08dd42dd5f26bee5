#!/bin/sh
# Rebuilds the samples' components (committed, so the Maven build needs none of these tools):
#   c-codec: guest/codec.c -> clang (freestanding wasm32) -> jco embed + new -> src/main/resources/components/codec.wasm
# Needs clang with the wasm32 target and wasm-ld, and node with @bytecodealliance/jco 1.35.0 installed
# under JCO_NODE_MODULES (default /tmp/node_modules: `cd /tmp && npm install @bytecodealliance/jco@1.35.0`).
# `build.sh sample...` rebuilds only those samples.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
samples=$(cd "$here/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wrap="$here/tools/wrap.mjs"

build_c_codec() {
  d="$samples/c-codec"
  clang --target=wasm32 -O2 -nostdlib -Wall -Wextra -Werror -Wl,--no-entry -o "$work/codec.wasm" "$d/guest/codec.c"
  node "$wrap" "$work/codec.wasm" "$d/src/main/wit" codec-lib "$d/src/main/resources/components/codec.wasm"
}

for s in ${*:-c-codec}; do
  "build_$(echo "$s" | tr - _)"
  echo "built $s"
done
