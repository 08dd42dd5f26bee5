import { eq } from '../tools/assert.mjs';
const b = s => new TextEncoder().encode(s);
export async function checkTest(x) {
  const { Thing } = x.test;
  const t = new Thing(b('hi'));
  eq(t.foo(), b('hi'), 'foo'); t.bar(b('hello')); eq(t.foo(), b('hello'), 'bar');
  eq(Thing.baz(b('x')), b('x world'), 'baz');
}
export function runnerImports(state) {
  class Thing {
    constructor(l) { this.l = l.slice(); }
    foo() { return this.l; }
    bar(l) { this.l = l.slice(); }
    static baz(l) { return new Uint8Array([...l, ...b(' world')]); }
  }
  return { 'test:resource-with-lists/test': { Thing } };
}
