// Minimal assertions for the check scripts (deep equality that treats NaN as equal and -0 as distinct).
import { isDeepStrictEqual } from 'node:util';
export function eq(actual, expected, what = '') {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`${what}: expected ${fmt(expected)} but got ${fmt(actual)}`);
  }
}
export function ok(cond, what = '') { if (!cond) throw new Error(`assertion failed: ${what}`); }
export function throws(fn, what = '') {
  try { fn(); } catch (e) { return e; }
  throw new Error(`expected a throw: ${what}`);
}
function fmt(v) { return JSON.stringify(v, (k, x) => typeof x === 'bigint' ? x + 'n' : x); }
