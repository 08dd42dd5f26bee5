import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const t = x.toTest;
  eq(t.wrap({ a: true, b: true }), { a: 2, b: { a: true, b: true } }, 'wrap ab');
  eq(t.wrap({ a: false, b: true }), { a: 1, b: { a: false, b: true } }, 'wrap b');
  eq(t.wrap({ a: false, b: false }), { a: 0, b: { a: false, b: false } }, 'wrap none');
  eq(t.varF(), { tag: 'b', val: 42 }, 'var-f');
}
export function runnerImports(state) {
  state.wraps = 0;
  return {
    'test:common/to-test': {
      wrap(f) { state.wraps++; return { a: (f.a ? 1 : 0) + (f.b ? 1 : 0), b: f }; },
      varF: () => ({ tag: 'b', val: 42 }),
    },
  };
}
export function afterRun(state) { eq(state.wraps, 4, 'wrap calls'); }
