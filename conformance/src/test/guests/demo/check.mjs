import { eq } from '../tools/assert.mjs';
export async function checkTest(x) { eq(x.theTest.x(), undefined, 'x'); x.theTest.x(); }
export function runnerImports(state) {
  state.calls = 0;
  return { 'a:b/the-test': { x() { state.calls++; } } };
}
export function afterRun(state) { eq(state.calls, 2, 'x calls'); }
