import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const foo = x['my:inline/foo@0.0.0'] || x.foo;
  const a = new foo.Bar(), b = new foo.Bar();
  a[Symbol.dispose](); b[Symbol.dispose]();
}
export function runnerImports(state) {
  state.made = 0;
  class Bar { constructor() { state.made++; } }
  const foo = { Bar };
  return { 'my:inline/foo': foo, 'my:inline/foo@0.0.0': foo };
}
export function afterRun(state) { eq(state.made, 3, 'constructions'); }
