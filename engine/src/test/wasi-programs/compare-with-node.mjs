// Dev-only: runs a test program under node's WASI to compare its output with Weft's by hand.
// usage: node compare-with-node.mjs ../resources/wasi/files.wasm '{"/sandbox":"/tmp/sb"}' files [args...]
// (node's WASI has no read-only preopens, no sockets and differs on some errno choices.)
import { WASI } from 'node:wasi';
import { readFileSync } from 'node:fs';

const [, , file, preopens, ...args] = process.argv;
const wasi = new WASI({ version: 'preview1', args, env: {}, preopens: JSON.parse(preopens || '{}'), returnOnExit: true });
const module = await WebAssembly.compile(readFileSync(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.stderr.write(`[exit ${wasi.start(instance)}]\n`);
