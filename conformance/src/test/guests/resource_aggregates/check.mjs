import { eq } from '../tools/assert.mjs';
function call(t, Thing, T) {
  const n = v => new Thing(v);
  return t.foo({ thing: n(1) }, { thing: n(2) }, { thing1: n(4), thing2: n(8) }, [n(16), { thing: n(32) }], [n(64)],
    { tag: 'thing', val: n(128) }, { tag: 'thing', val: n(256) }, [n(512), n(1024)], [n(2048), n(4096)],
    n(8192), n(16384), T ? { tag: 'ok', val: n(32768) } : { tag: 'err' }, T ? { tag: 'ok', val: n(65536) } : { tag: 'err' });
}
export async function checkTest(x) {
  const t = x.toTest;
  eq(call(t, t.Thing, true), 131071, 'sum all');
  eq(call(t, t.Thing, false), 131071 - 32768 - 65536, 'sum without results');
}
export function runnerImports(state) {
  class Thing { constructor(v) { this.v = v; } }
  const v = t => t ? t.v : 0;
  return {
    'test:resource-aggregates/to-test': {
      Thing,
      foo(r1, r2, r3, t1, t2, v1, v2, l1, l2, o1, o2, res1, res2) {
        let s = r1.thing.v + r2.thing.v + r3.thing1.v + r3.thing2.v + t1[0].v + t1[1].thing.v + t2[0].v + v1.val.v + v2.val.v;
        for (const t of [...l1, ...l2]) s += t.v;
        s += v(o1) + v(o2) + (res1.tag === 'ok' ? res1.val.v : 0) + (res2.tag === 'ok' ? res2.val.v : 0);
        return s;
      },
    },
  };
}
