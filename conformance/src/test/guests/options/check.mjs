import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const t = x.toTest;
  t.optionNoneParam(undefined);
  t.optionSomeParam('foo');
  eq(t.optionNoneResult(), undefined, 'none');
  eq(t.optionSomeResult(), 'foo', 'some');
  for (const v of [undefined, '', 'foo', '🚀']) eq(t.optionRoundtrip(v), v, 'roundtrip');
  // jco: the outer option is tagged, the inner one is T | undefined
  for (const v of DOUBLES) {
    eq(t.doubleOptionRoundtrip(v), v, 'double');
  }
}
const DOUBLES = [{ tag: 'none' }, { tag: 'some', val: undefined }, { tag: 'some', val: 0 }, { tag: 'some', val: 4294967295 }];
export function runnerImports(state) {
  state.log = [];
  return {
    'test:options/to-test': {
      optionNoneParam(a) { eq(a, undefined, 'none-param'); state.log.push('none'); },
      optionSomeParam(a) { eq(a, 'foo', 'some-param'); state.log.push('some'); },
      optionNoneResult: () => undefined,
      optionSomeResult: () => 'foo',
      optionRoundtrip: a => a,
      doubleOptionRoundtrip: a => { state.log.push(a); return a; },
    },
  };
}
export function afterRun(state) {
  eq(state.log, ['none', 'some', ...DOUBLES], 'log');
}
