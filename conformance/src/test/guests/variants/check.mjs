import { eq, ok } from '../tools/assert.mjs';
export async function checkTest(x) {
  const t = x.toTest;
  eq(t.roundtripOption(1), 1, 'option'); eq(t.roundtripOption(200.5), 200, 'option trunc');
  eq(t.roundtripOption(undefined), undefined, 'option none');
  eq(t.roundtripResult({ tag: 'ok', val: 4294967295 }), 4294967295, 'result ok');
  try { t.roundtripResult({ tag: 'err', val: 4 }); throw new Error('expected err'); } catch (e) { eq(e.payload, 4, 'result err'); }
  eq(t.roundtripEnum('b'), 'b', 'enum'); eq(t.invertBool(true), false, 'bool');
  const casts = [{ tag: 'a', val: 1 }, { tag: 'b', val: -0 }, { tag: 'b', val: 1e300 }, { tag: 'b', val: 1.5 },
    { tag: 'a', val: -9223372036854775808n }, { tag: 'b', val: -Infinity }];
  eq(t.variantCasts(casts), casts, 'casts');
  const casts2 = [{ tag: 'b', val: 9223372036854775807n }, { tag: 'a', val: -2 }, { tag: 'a', val: -2147483648 },
    { tag: 'a', val: -1n }, { tag: 'b', val: NaN }, { tag: 'a', val: -3.5 }];
  eq(t.variantCasts(casts2), casts2, 'casts2');
  const zeros = [{ tag: 'a', val: -1 }, { tag: 'a', val: -5n }, { tag: 'a', val: -0 }, { tag: 'a', val: 1e-300 }];
  eq(t.variantZeros(zeros), zeros, 'zeros');
  const bs = [{ tag: 'b' }, { tag: 'b' }, { tag: 'b' }, { tag: 'b' }];
  eq(t.variantZeros(bs).map(v => v.tag), ['b', 'b', 'b', 'b'], 'zeros b');
  t.variantTypedefs(42, true, { tag: 'ok', val: 3 });
  const r = t.variantEnums(true, { tag: 'ok', val: undefined }, 'success');
  eq(r[0], false, 'enums bool'); eq(r[1].tag, 'err', 'enums result'); eq(r[2], 'a', 'enums errno');
}
export function runnerImports(state) {
  state.typedefs = [];
  const flipResult = r => r.tag === 'ok' ? { tag: 'err', val: undefined } : { tag: 'ok', val: undefined };
  const errnos = ['success', 'a', 'b'];
  return {
    'test:variants/to-test': {
      roundtripOption: a => a === undefined ? undefined : Math.trunc(a),
      roundtripResult(a) { if (a.tag === 'ok') return a.val; throw { payload: Math.trunc(a.val) }; },
      roundtripEnum: a => a,
      invertBool: a => !a,
      variantCasts: a => a,
      variantZeros: a => a,
      variantTypedefs(a, b, c) { state.typedefs.push([a, b, c]); },
      variantEnums: (a, b, c) => [!a, flipResult(b), errnos[(errnos.indexOf(c) + 1) % 3]],
    },
  };
}
export function afterRun(state) { eq(state.typedefs, [[undefined, false, { tag: 'err', val: undefined }], [42, true, { tag: 'ok', val: 7 }]], 'typedefs'); }
