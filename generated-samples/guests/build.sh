#!/bin/sh
# Rebuilds the samples' components (committed, so the Maven build needs none of these tools):
#   c-codec: guest/codec.c -> clang (freestanding wasm32) -> jco embed + new -> src/main/resources/components/codec.wasm
#   rust-semver: guest/semver.rs -> /usr/bin/rustc (1.63, wasm32-unknown-unknown) -> jco embed + new -> .../components/semver.wasm
#   js-text: guest/text.js -> jco componentize (QuickJS backend, WASI imports stubbed) -> .../components/text.wasm
# Needs clang with the wasm32 target and wasm-ld, rustc with the wasm32-unknown-unknown standard library
# (`apt-get install -y rustc libstd-rust-dev-wasm32`; RUSTC overrides /usr/bin/rustc), and node with @bytecodealliance/jco 1.35.0 installed
# (and componentize-qjs, which it installs) under JCO_NODE_MODULES (default /tmp/node_modules: `cd /tmp && npm install @bytecodealliance/jco@1.35.0`).
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

build_rust_semver() {
  d="$samples/rust-semver"
  ${RUSTC:-/usr/bin/rustc} --edition 2021 --target wasm32-unknown-unknown -C opt-level=s -C lto -C panic=abort \
    -C strip=debuginfo -D warnings -o "$work/semver.wasm" "$d/guest/semver.rs"
  node "$wrap" "$work/semver.wasm" "$d/src/main/wit" semver-lib "$d/src/main/resources/components/semver.wasm"
}

build_js_text() {
  d="$samples/js-text"
  node "$here/tools/componentize.mjs" "$d/guest/text.js" "$d/src/main/wit" text-lib "$d/src/main/resources/components/text.wasm"
  node --experimental-wasm-extended-const "$here/tools/check.mjs" "$d/src/main/resources/components/text.wasm"
}

for s in ${*:-c-codec rust-semver js-text}; do
  "build_$(echo "$s" | tr - _)"
  echo "built $s"
done
