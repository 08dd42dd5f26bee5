import { eq, ok } from '../tools/assert.mjs';
export async function checkTest(x) {
  const { X } = x.e1;
  const x1 = new X(1);
  const l = x.e1.a({ x: x1 }); eq(l.length, 1, 'e1.a'); ok(l[0] instanceof X, 'e1.a returns x');
  const m = x.e2.a({ x: new X(2) }, { x: new X(3) }, new X(4)); eq(m.length, 2, 'e2.a');
}
export function runnerImports(state) {
  state.seen = [];
  class X { constructor(v) { this.v = v; } }
  return {
    'test:resource-alias/e1': { X, a: f => { state.seen.push(f.x.v); return [f.x]; } },
    'test:resource-alias/e2': { a: (f, g, h) => { state.seen.push(f.x.v, g.x.v, h.v); return [f.x, g.x]; } },
  };
}
export function afterRun(state) { eq(state.seen, [1, 2, 3, 4], 'values seen by the host'); }
