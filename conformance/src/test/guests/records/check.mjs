import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const t = x.toTest;
  eq(t.multipleResults(), [4, 5], 'multiple-results');
  eq(t.swapTuple([1, 4294967295]), [4294967295, 1], 'swap');
  eq(t.roundtripFlags1({ a: true, b: false }), { a: true, b: false }, 'flags1');
  eq(t.roundtripFlags2({ c: false, d: true, e: true }), { c: false, d: true, e: true }, 'flags2');
  const f = (n, set) => Object.fromEntries(Array.from({ length: n }, (_, i) => ['b' + i, set.includes(i)]));
  eq(t.roundtripFlags3(f(8, [0, 7]), f(16, [15]), f(32, [31, 1])), [f(8, [0, 7]), f(16, [15]), f(32, [31, 1])], 'flags3');
  eq(t.roundtripRecord1({ a: 255, b: { a: true, b: true } }), { a: 255, b: { a: true, b: true } }, 'record1');
  eq(t.tuple1([7]), [7], 'tuple1');
}
export function runnerImports(state) {
  state.calls = 0;
  const id = a => { state.calls++; return a; };
  return {
    'test:records/to-test': {
      multipleResults: () => [4, 5],
      swapTuple: ([a, b]) => [b, a],
      roundtripFlags1: id, roundtripFlags2: id,
      roundtripFlags3: (a, b, c) => [a, b, c],
      roundtripRecord1: id,
      tuple1: id,
    },
  };
}
export function afterRun(state) { eq(state.calls, 4 + 8 + 2 + 2, 'roundtrip calls'); }
