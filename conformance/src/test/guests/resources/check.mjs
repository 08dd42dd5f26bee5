import { eq } from '../tools/assert.mjs';
export function testImports() {
  class Y {
    constructor(a) { this.a = a; }
    getA() { return this.a; }
    setA(a) { this.a = a; }
    static add(y, a) { return new Y((y.a + a) | 0); }
  }
  return { imports: { Y } };
}
export async function checkTest(inst) {
  const e = inst.exports;
  const x = new e.X(5); eq(x.getA(), 5, 'x'); x.setA(-7); eq(x.getA(), -7, 'x set');
  const x2 = e.X.add(x, 10); eq(x2.getA(), 3, 'x add'); e.consume(x2);
  const n0 = e.Z.numDropped();
  const z1 = new e.Z(1), z2 = new e.Z(2);
  const z3 = e.add(z1, z2); eq(z3.getA(), 3, 'z add');
  z1[Symbol.dispose](); z2[Symbol.dispose](); z3[Symbol.dispose]();
  eq(e.Z.numDropped(), n0 + 3, 'num-dropped');
  eq(e.KebabCase.takeOwned(new e.KebabCase(9)), 9, 'kebab');
  eq(e.testImports(), undefined, 'test-imports');
}
export function runnerImports(state) {
  let dropped = 0;
  class X {
    constructor(a) { this.a = a; }
    getA() { return this.a; }
    setA(a) { this.a = a; }
    static add(x, a) { return new X((x.a + a) | 0); }
  }
  class Z {
    constructor(a) { this.a = a; }
    getA() { return this.a; }
    [Symbol.dispose]() { dropped++; }
    static numDropped() { return dropped; }
  }
  class KebabCase {
    constructor(a) { this.a = a; }
    getA() { return this.a; }
    static takeOwned(k) { return k.a; }
  }
  return {
    exports: {
      X, Z, KebabCase,
      add: (a, b) => new Z((a.a + b.a) | 0),
      consume(x) { state.consumed = x.a; },
      testImports() {},
    },
  };
}
export function afterRun(state) { eq(state.consumed, 13, 'consumed x2'); }
