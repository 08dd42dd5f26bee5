import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const t = x.toTest;
  t.takeBasic('latin utf16');
  eq(t.returnUnicode(), '🚀🚀🚀 𠈄𓀀', 'unicode');
  eq(t.returnEmpty(), '', 'empty');
  for (const s of ['', 'x', 'a\0b', '🚀🚀🚀 𠈄𓀀', 'é'.repeat(50000)]) eq(t.roundtrip(s), s, 'roundtrip');
}
export function runnerImports(state) {
  state.rt = 0;
  return {
    'test:strings/to-test': {
      takeBasic(s) { eq(s, 'latin utf16', 'take-basic'); },
      returnUnicode: () => '🚀🚀🚀 𠈄𓀀',
      returnEmpty: () => '',
      roundtrip(s) { state.rt++; return s; },
    },
  };
}
export function afterRun(state) { eq(state.rt, 6, 'roundtrip calls'); }
