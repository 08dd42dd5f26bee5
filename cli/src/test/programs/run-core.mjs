// `node run-core.mjs module.wasm argv0 [args…]`: runs a preview1 command module under node's own WASI
// with the process's environment and stdio, and exits with the module's exit code (dev-only: records
// what node prints, for the CLI tests to compare weft with).
import fs from 'node:fs';
import { WASI } from 'node:wasi';

const [file, ...args] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args, env: process.env, returnOnExit: true });
const module = await WebAssembly.compile(fs.readFileSync(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
