// `node componentize-js.mjs source.js witDir world out.wasm`: builds a JavaScript wasi:cli command
// component with componentize-js (StarlingMonkey). componentize-js 0.19.3 is used (the one jco 1.35
// bundles as its fallback) because with `http` disabled it imports nothing of wasi:http, while 0.22
// (jco componentize's default) still imports wasi:http/types@0.2.10 for its Headers class. jco's
// bundled wasm-tools reads files through a WASI shim without preopens, so "/" is preopened first.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.env.JCO_NODE_MODULES || '/tmp/node_modules';
const scope = path.join(modules, '@bytecodealliance');
for (const shim of ['jco-transpile/node_modules/@bytecodealliance/preview2-shim', 'preview2-shim']) {
  const filesystem = path.join(scope, shim, 'dist/nodejs/filesystem.js');
  if (fs.existsSync(filesystem)) (await import(pathToFileURL(filesystem).href))._addPreopen('/', '/');
}
const { componentize } = await import(pathToFileURL(
    path.join(scope, 'componentize-js-0-19-3/src/componentize.js')).href);
const [source, witDir, world, out] = process.argv.slice(2);
const { component } = await componentize({
  sourcePath: path.resolve(source), witPath: path.resolve(witDir), worldName: world,
  disableFeatures: ['http', 'fetch-event'],
});
fs.writeFileSync(out, component);
