#!/bin/sh
# Runs the test components under node (jco run, dev-only) with the inputs the Java tests give them,
# to compare their output with what the tests expect. See README.md for the result.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
wasm="$here/../resources/wasi"
jco=${JCO:-/tmp/node_modules/.bin/jco}
shim=$(dirname "$(dirname "$jco")")/@bytecodealliance/jco/node_modules/@bytecodealliance/preview2-shim/dist/nodejs/filesystem.js
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/ro"
printf 'input line\n' > "$work/data/in.txt"
printf 'read me\n' > "$work/ro/readme.txt"
printf 'top secret\n' > "$work/secret.txt"
ln -s .. "$work/data/escape"
printf "import { _setPreopens } from '%s';\n_setPreopens({ '/data': '%s', '/ro': '%s' });\n" \
    "$shim" "$work/data" "$work/ro" > "$work/preopens.mjs"

echo "== cli (args: 0 'two words'; stdin: one, two)"
printf 'one\ntwo\n' | env -i PATH="$PATH" GREETING=hej EMPTY= "$jco" run "$wasm/cli.wasm" 0 "two words" || echo "exit $?"
echo "== cli 3"; env -i PATH="$PATH" "$jco" run "$wasm/cli.wasm" 3 </dev/null >/dev/null || echo "exit $?"
echo "== files"
(cd "$work" && "$jco" run --jco-import "$work/preopens.mjs" "$wasm/files.wasm") || echo "exit $?"
cat "$work/data/sub/moved.txt"
echo "== misc"
"$jco" run "$wasm/misc.wasm" || echo "exit $?"
