// Loads jco's API (from JCO_NODE_MODULES, default /tmp/node_modules). jco's bundled wasm-tools reads
// WIT through a WASI shim that starts without preopened directories, so "/" is preopened first.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.env.JCO_NODE_MODULES || '/tmp/node_modules';
const scope = path.join(modules, '@bytecodealliance');
const shims = [
  path.join(scope, 'jco-transpile/node_modules/@bytecodealliance/preview2-shim'),
  path.join(scope, 'preview2-shim'),
];
for (const shim of shims) {
  const filesystem = path.join(shim, 'dist/nodejs/filesystem.js');
  if (fs.existsSync(filesystem)) (await import(pathToFileURL(filesystem).href))._addPreopen('/', '/');
}
export const jco = await import(pathToFileURL(path.join(scope, 'jco/dist/api.js')).href);
