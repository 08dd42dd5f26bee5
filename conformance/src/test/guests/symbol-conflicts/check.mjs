import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  x.foo1.foo(); x.foo2.foo();
  eq(x.bar1.bar(), 'bar1', 'bar1'); eq(x.bar2.bar(), 'bar2', 'bar2');
}
export function runnerImports(state) {
  state.foo = [];
  return {
    'my:inline/foo1': { foo() { state.foo.push(1); } },
    'my:inline/foo2': { foo() { state.foo.push(2); } },
    'my:inline/bar1': { bar: () => 'bar1' },
    'my:inline/bar2': { bar: () => 'bar2' },
  };
}
export function afterRun(state) { eq(state.foo, [1, 2], 'foo calls'); }
