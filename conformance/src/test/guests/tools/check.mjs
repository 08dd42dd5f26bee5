// Dev check: transpiles each built guest with jco and exercises it from node.
// `node check.mjs <resourcesDir> [guest...]`: for guests/<g>/test.wasm calls checkTest(exports) from
// <g>/check.mjs; for runner.wasm instantiates it with runnerImports() from the same file and calls run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { jco } from './jco-env.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const guestsSrc = path.dirname(here);
const [resources, ...only] = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-guests-'));
fs.writeFileSync(path.join(tmp, 'package.json'), '{"type":"module"}');
let failures = 0;

async function load(wasmPath, name, imports) {
  const { files } = await jco.transpile(fs.readFileSync(wasmPath), {
    name, instantiation: 'async', noTypescript: true, quiet: true,
  });
  const dir = path.join(tmp, name);
  for (const [f, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), bytes);
  }
  const mod = await import(pathToFileURL(path.join(dir, name + '.js')).href);
  return mod.instantiate(f => WebAssembly.compile(fs.readFileSync(path.join(dir, f))), imports);
}

const guests = only.length ? only : fs.readdirSync(resources).sort();
for (const g of guests) {
  const checks = path.join(guestsSrc, g, 'check.mjs');
  if (!fs.existsSync(checks)) { console.log(`${g}: no check.mjs`); continue; }
  const spec = await import(pathToFileURL(checks).href);
  for (const role of ['test', 'runner']) {
    const wasm = path.join(resources, g, role + '.wasm');
    if (!fs.existsSync(wasm)) continue;
    if (role === 'runner' && spec.skipRunner) { console.log(`${g}/${role}: skipped (${spec.skipRunner})`); continue; }
    try {
      if (role === 'test') {
        const inst = await load(wasm, `${g}-test`.replace(/[^a-z0-9]/gi, '_'), spec.testImports ? spec.testImports() : {});
        await spec.checkTest(inst);
      } else {
        const state = {};
        const inst = await load(wasm, `${g}-runner`.replace(/[^a-z0-9]/gi, '_'), spec.runnerImports(state));
        inst.run();
        if (spec.afterRun) spec.afterRun(state);
      }
      console.log(`${g}/${role}: ok`);
    } catch (e) {
      failures++;
      console.log(`${g}/${role}: FAILED ${e && e.stack || e}`);
    }
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(failures ? 1 : 0);
