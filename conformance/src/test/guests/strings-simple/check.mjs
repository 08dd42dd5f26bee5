import { eq, throws } from '../tools/assert.mjs';
export async function checkTest(x) {
  x.cat.foo('hello');
  eq(x.cat.bar(), 'world', 'bar');
}
export function runnerImports(state) {
  state.foo = [];
  return { cat: { foo(s) { state.foo.push(s); }, bar: () => 'world' } };
}
export function afterRun(state) { eq(state.foo, ['hello'], 'foo args'); }
