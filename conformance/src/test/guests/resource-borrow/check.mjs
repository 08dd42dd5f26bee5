import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const t = x.toTest;
  const a = new t.Thing(42), b = new t.Thing(4294967295);
  eq(t.foo(a), 43, 'foo a'); eq(t.foo(b), 0, 'foo b'); eq(t.foo(a), 43, 'foo a again');
}
export function runnerImports(state) {
  class Thing { constructor(v) { this.v = v; } }
  return { 'test:resource-borrow/to-test': { Thing, foo: t => (t.v + 1) >>> 0 } };
}
