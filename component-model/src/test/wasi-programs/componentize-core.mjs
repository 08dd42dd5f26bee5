// `node componentize-core.mjs core.wasm witDir world out.wasm`: embeds the world's WIT into a core module
// that calls WASI 0.2 itself and turns it into a component (no adapter). jco's bundled wasm-tools reads
// files through a WASI shim that starts without preopened directories, so "/" is preopened first.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.env.JCO_NODE_MODULES || '/tmp/node_modules';
const scope = path.join(modules, '@bytecodealliance');
for (const shim of ['jco-transpile/node_modules/@bytecodealliance/preview2-shim', 'preview2-shim']) {
  const filesystem = path.join(scope, shim, 'dist/nodejs/filesystem.js');
  if (fs.existsSync(filesystem)) (await import(pathToFileURL(filesystem).href))._addPreopen('/', '/');
}
const jco = await import(pathToFileURL(path.join(scope, 'jco/dist/api.js')).href);
const [core, witDir, world, out] = process.argv.slice(2);
const embedded = await jco.componentEmbed({ binary: fs.readFileSync(core), witPath: path.resolve(witDir), world });
fs.writeFileSync(out, await jco.componentNew(embedded));
