import { eq, throws } from '../tools/assert.mjs';
const args = Array.from({ length: 16 }, (_, i) => BigInt(i + 1));
export async function checkTest(x) {
  x.toTest.manyArguments(...args);
  throws(() => x.toTest.manyArguments(...args.slice(0, 15), 0n), 'wrong a16 traps');
}
export function runnerImports(state) {
  state.calls = [];
  return { 'test:many-arguments/to-test': { manyArguments(...a) { state.calls.push(a); } } };
}
export function afterRun(state) { eq(state.calls, [args], 'calls'); }
