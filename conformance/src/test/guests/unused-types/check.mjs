import { eq } from '../tools/assert.mjs';
export async function checkTest(x) { eq(x.component.foo(), undefined, 'foo'); }
export function runnerImports(state) {
  state.calls = 0;
  return { 'foo:bar/component': { foo() { state.calls++; } } };
}
export function afterRun(state) { eq(state.calls, 1, 'foo calls'); }
