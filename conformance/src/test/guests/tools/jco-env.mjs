// Loads jco's API with a "/" preopen added to the WASI shim its bundled wasm-tools uses, so that
// componentEmbed can read WIT directories from the real filesystem.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.env.JCO_NODE_MODULES || '/tmp/node_modules';
const bca = path.join(root, '@bytecodealliance');
for (const shim of [
  path.join(bca, 'jco-transpile/node_modules/@bytecodealliance/preview2-shim'),
  path.join(bca, 'preview2-shim'),
]) {
  const fsShim = path.join(shim, 'dist/nodejs/filesystem.js');
  if (fs.existsSync(fsShim)) (await import(pathToFileURL(fsShim).href))._addPreopen('/', '/');
}
export const jco = await import(pathToFileURL(path.join(bca, 'jco/dist/api.js')).href);
