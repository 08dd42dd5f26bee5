#!/bin/sh
# Rebuilds the JavaScript test component and records what node prints for it and for the C program
# cli.c (as a preview1 module and as a component, from component-model/src/test/resources/wasi), for
# the CLI tests to compare `weft run` with. Dev-only: the tests use the committed files.
# Needs node and jco 1.35.0 with componentize-js in /tmp/node_modules (JCO_NODE_MODULES overrides),
# where componentize-js must be able to import @bytecodealliance/preview2-shim (if it can not:
# ln -s jco/node_modules/@bytecodealliance/preview2-shim /tmp/node_modules/@bytecodealliance/), and the
# WASI 0.2.12 WIT (WASI_WIT, default /work/shared/wasi-wit/v0.2.12).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/programs"
modules=${JCO_NODE_MODULES:-/tmp/node_modules}
jco="$modules/.bin/jco"
wasi_wit=${WASI_WIT:-/work/shared/wasi-wit/v0.2.12}
c_programs="$here/../../../../component-model/src/test/resources/wasi"
node=$(command -v node)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out" "$tmp/wit/deps"

cp "$here/wit/world.wit" "$tmp/wit/"
for pkg in cli io clocks random filesystem sockets; do
    mkdir -p "$tmp/wit/deps/$pkg"
    cp "$wasi_wit/$pkg"/*.wit "$tmp/wit/deps/$pkg/"
done
rm "$tmp/wit/deps/cli/command.wit"
"$node" "$here/componentize-js.mjs" "$here/hello.js" "$tmp/wit" hello "$tmp/hello-js.wasm"
gzip -9n < "$tmp/hello-js.wasm" > "$out/hello-js.wasm.gz"

# What node prints: env -i, so the guests see only the variables given here; stdin is empty.
record() { # name command…
    name=$1
    shift
    set +e
    env -i GREETING=hej WEFT_MODE=test "$@" </dev/null >"$out/$name.stdout" 2>"$out/$name.stderr"
    echo $? >"$out/$name.exit"
    set -e
}
record cli-core "$node" --no-warnings "$here/run-core.mjs" "$c_programs/cli.core.wasm" cli 0 "two words"
record cli-component "$node" "$jco" run "$c_programs/cli.wasm" 0 "two words"
record hello-js "$node" "$jco" run "$tmp/hello-js.wasm" one "two three"
