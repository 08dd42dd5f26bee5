#!/usr/bin/env bash
# Rebuilds the benchmark kernels into ../src/main/resources/kernels/*.wasm.
# Needs clang + lld with the wasm32 target (Debian: apt-get install -y clang lld).
# The normal Maven build never runs this: the built .wasm files are committed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../src/main/resources/kernels"
mkdir -p "$out"
CC=${CC:-clang}
# -fno-builtin keeps memcpy/memset as calls to rt.c and stops loops being rewritten into them.
# No target features beyond the MVP defaults, so every engine under test can run them.
flags=(--target=wasm32 -O2 -nostdlib -fno-builtin -ffreestanding -Wall -Werror
       -Wl,--no-entry -Wl,--export=run -Wl,--strip-all)
for k in hash matmul fib indirect sort; do
  "$CC" "${flags[@]}" -o "$out/$k.wasm" "$here/$k.c" "$here/rt.c"
  echo "built $k.wasm ($(wc -c < "$out/$k.wasm") bytes)"
  # With wabt installed, also check that nothing beyond the MVP crept in (e.g. after a clang upgrade).
  if command -v wasm-validate >/dev/null; then
    wasm-validate --disable-mutable-globals --disable-saturating-float-to-int --disable-sign-extension \
      --disable-multi-value --disable-bulk-memory --disable-reference-types "$out/$k.wasm"
  fi
done
