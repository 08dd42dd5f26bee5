import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const ra1 = x.resourceAlias1, ra2 = x.resourceAlias2, tt = x.theTest;
  const { Thing } = ra1;
  eq(ra1.a({ thing: new Thing('Ni Hao') }).map(t => t.get()), ['Ni Hao'], 'a');
  eq(ra2.b({ thing: new Thing('one') }, { thing: new Thing('two') }).map(t => t.get()), ['one', 'two'], 'b');
  eq(tt.test([new Thing('x'), new Thing(''), new Thing('🚀')]).map(t => t.get()), ['x', '', '🚀'], 'test');
}
export function runnerImports() {
  class Thing { constructor(s) { this.s = s; } get() { return this.s; } }
  return {
    'test:resource-alias-redux/resource-alias1': { Thing, a: f => [f.thing] },
    'test:resource-alias-redux/resource-alias2': { b: (f, g) => [f.thing, g.thing] },
    'the-test': { test: l => l },
  };
}
