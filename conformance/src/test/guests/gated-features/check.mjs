import { eq } from '../tools/assert.mjs';
export async function checkTest(x) { eq(x.bindings.x, undefined, 'x gated'); x.bindings.y(); x.bindings.z(); }
export function runnerImports(state) {
  state.calls = [];
  const bindings = { y() { state.calls.push('y'); }, z() { state.calls.push('z'); } };
  return { 'foo:bar/bindings': bindings, 'foo:bar/bindings@1.2.3': bindings };
}
export function afterRun(state) { eq(state.calls, ['y', 'z'], 'calls'); }
