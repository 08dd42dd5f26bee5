import { eq } from '../tools/assert.mjs';
const bytes = s => new Uint8Array(Buffer.from(s));
export async function checkTest(x) {
  x.cat.foo(bytes('hello'));
  eq(Buffer.from(x.cat.bar()).toString(), 'world', 'bar');
}
export function runnerImports(state) {
  state.foo = [];
  return { cat: { foo(b) { state.foo.push(Buffer.from(b).toString()); }, bar: () => bytes('world') } };
}
export function afterRun(state) { eq(state.foo, ['hello'], 'foo args'); }
