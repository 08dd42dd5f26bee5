import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const { Thing, test } = x.toTest;
  const a = new Thing('Bonjour'), b = new Thing('');
  eq(test([{ thing: a }, { thing: b }]).map(t => t.get()), ['Bonjour test', ' test'], 'test');
  eq(a.get(), 'Bonjour', 'borrowed thing unchanged');
  eq(test([]), [], 'empty list');
}
export function runnerImports() {
  class Thing { constructor(s) { this.s = s; } get() { return this.s; } }
  return { 'test:resource-borrow-in-record/to-test': { Thing, test: l => l.map(f => new Thing(f.thing.get() + ' test')) } };
}
