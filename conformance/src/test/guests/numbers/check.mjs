import { eq, ok } from '../tools/assert.mjs';

export async function checkTest(x) {
  const n = x.numbers;
  for (const v of [0, 1, 255]) eq(n.roundtripU8(v), v, 'u8');
  for (const v of [-128, 0, 127]) eq(n.roundtripS8(v), v, 's8');
  for (const v of [0, 65535]) eq(n.roundtripU16(v), v, 'u16');
  for (const v of [-32768, 32767]) eq(n.roundtripS16(v), v, 's16');
  for (const v of [0, 4294967295]) eq(n.roundtripU32(v), v, 'u32');
  for (const v of [-2147483648, 2147483647]) eq(n.roundtripS32(v), v, 's32');
  for (const v of [0n, 18446744073709551615n]) eq(n.roundtripU64(v), v, 'u64');
  for (const v of [-9223372036854775808n, 9223372036854775807n]) eq(n.roundtripS64(v), v, 's64');
  for (const v of [1, Infinity, -Infinity, -0, NaN]) eq(n.roundtripF32(v), v, 'f32');
  for (const v of [1, Infinity, -Infinity, -0, NaN, 5e-324]) eq(n.roundtripF64(v), v, 'f64');
  for (const v of ['a', '\u{10FFFF}', '😀']) eq(n.roundtripChar(v), v, 'char');
  eq(n.getScalar(), 0, 'initial scalar');
  n.setScalar(7); eq(n.getScalar(), 7, 'scalar');
}

export function runnerImports(state) {
  let scalar = 0;
  const id = a => a;
  return {
    'test:numbers/numbers': {
      roundtripU8: id, roundtripS8: id, roundtripU16: id, roundtripS16: id,
      roundtripU32: id, roundtripS32: id, roundtripU64: id, roundtripS64: id,
      roundtripF32: id, roundtripF64: id, roundtripChar: id,
      setScalar(a) { scalar = a; state.sets = (state.sets || 0) + 1; },
      getScalar: () => scalar,
    },
  };
}

export function afterRun(state) { ok(state.sets === 2, 'set-scalar called twice'); }
