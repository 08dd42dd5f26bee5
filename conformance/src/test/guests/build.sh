#!/bin/sh
# Rebuilds every guest component: <guest>/test.c and <guest>/runner.c are compiled freestanding to
# core wasm, the WIT world is embedded (jco) and the result wrapped as a component into
# ../resources/guests/<guest>/<role>.wasm. A `// @world NAME` line in a source picks a world other
# than the role name; `// @features a,b` enables @unstable WIT features.
# WIT comes from ${WEFT_SUITES:-../shared}/wit-tests/runtime (relative to the repository root).
# Needs clang (wasm32 target), wasm-ld and node with jco 1.35.0 (JCO_NODE_MODULES, default /tmp/node_modules).
# `build.sh guest...` rebuilds only those guests. After building, tools/check.mjs exercises them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
suites=${WEFT_SUITES:-$repo/../shared}
case "$suites" in /*) ;; *) suites="$repo/$suites" ;; esac
wit="$suites/wit-tests/runtime"
out="$here/../resources/guests"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -gt 0 ]; then guests="$*"; else
  guests=$(cd "$here" && for d in */; do [ -f "$d/test.c" ] || [ -f "$d/runner.c" ] && echo "${d%/}"; done)
fi

for g in $guests; do
  for role in test runner; do
    src="$here/$g/$role.c"
    [ -f "$src" ] || continue
    world=$(sed -n 's|^// @world \(.*\)$|\1|p' "$src"); world=${world:-$role}
    features=$(sed -n 's|^// @features \(.*\)$|\1|p' "$src"); features=${features:--}
    clang --target=wasm32 -O2 -nostdlib -Wall -Werror -Wl,--no-entry -o "$work/$g-$role.wasm" "$src"
    node "$here/tools/componentize.mjs" "$work/$g-$role.wasm" "$wit/$g" "$world" "$features" "$out/$g/$role.wasm"
    echo "built $g/$role.wasm (world $world)"
  done
done

if command -v node >/dev/null; then node "$here/tools/check.mjs" "$out" $guests; fi
