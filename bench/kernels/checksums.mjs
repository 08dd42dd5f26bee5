// Prints each kernel's run(n) result under node's WebAssembly, as an independent reference for the
// checksums recorded in KernelChecksumsTest. Usage: node checksums.mjs [kernel n]...
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/main/resources/kernels/', import.meta.url));
const args = process.argv.slice(2);
const cases = [];
for (let i = 0; i + 1 < args.length; i += 2) cases.push([args[i], Number(args[i + 1])]);
for (const [kernel, n] of cases) {
  const { instance } = await WebAssembly.instantiate(readFileSync(dir + kernel + '.wasm'), {});
  const t0 = performance.now();
  const result = instance.exports.run(n);
  const ms = (performance.now() - t0).toFixed(1);
  console.log(`${kernel} ${n} ${result} (${ms} ms)`);
}
