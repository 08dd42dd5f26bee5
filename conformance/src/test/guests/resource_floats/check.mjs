import { eq } from '../tools/assert.mjs';
class LeafFloat { constructor(v) { this.v = v; } get() { return this.v; } static add(a, b) { return new LeafFloat(a.v + b); } }
class TestFloat { constructor(v) { this.v = v; } get() { return this.v; } }
export function testImports() {
  return { imports: { Float: LeafFloat }, 'test:resource-floats/test': { Float: TestFloat } };
}
export async function checkTest(x) {
  const F = x.exports.Float;
  const f = new F(1.5); eq(f.get(), 1.5, 'get');
  const g = F.add(f, 2); eq(g.get(), 3.5, 'add');
  const t = x.add(new TestFloat(1), new TestFloat(0.5)); eq(t.get(), 1.5, 'top-level add');
}
export function runnerImports() {
  return {
    exports: { Float: LeafFloat },
    'test:resource-floats/test': { Float: TestFloat },
    add: { default: (a, b) => new TestFloat(a.get() + b.get()) },
  };
}
