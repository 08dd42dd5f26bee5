import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const { Thing } = x.test;
  const t = new Thing(7);
  eq(t.foo(), 7, 'foo'); t.bar(8); eq(t.foo(), 8, 'bar');
  const w = Thing.baz(t, new Thing(4294967295));
  eq(w.foo(), 7, 'baz wraps');
}
export function runnerImports(state) {
  class Thing {
    constructor(v) { this.v = v; }
    foo() { return this.v; }
    bar(v) { this.v = v; }
    static baz(a, b) { return new Thing((a.v + b.v) >>> 0); }
  }
  return { 'test:resource-import-and-export/test': { Thing } };
}
