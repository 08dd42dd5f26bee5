// `node componentize.mjs source.js witDir world out.wasm`: builds a JavaScript component through jco's
// `componentize` command with the QuickJS backend and every WASI import replaced by a trapping stub,
// so the component needs no WASI host (the library only computes).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import './jco.mjs'; // preopens "/" so the WIT can be read

const modules = process.env.JCO_NODE_MODULES || '/tmp/node_modules';
const cmd = path.join(modules, '@bytecodealliance/jco/dist/cmd/componentize.js');
const { componentize } = await import(pathToFileURL(cmd).href);
const [source, witDir, world, out] = process.argv.slice(2);
await componentize(path.resolve(source), {
  wit: path.resolve(witDir), worldName: world, out: path.resolve(out),
  backend: 'quickjs', backendQjsDisableAsync: true, backendQjsStubWasi: true,
});
