import { eq } from '../tools/assert.mjs';
const impl = {
  listInOption: d => d === undefined ? 'none' : d.join(','),
  listInVariant: d => d.tag === 'empty' ? 'empty' : d.val.join(','),
  listInResult: d => d.tag === 'ok' ? d.val.join(',') : 'err:' + d.val,
  listInOptionWithReturn: d => d === undefined ? { count: 0, label: 'none' } : { count: d.length, label: d.join(',') },
  topLevelList: l => l.join(','),
};
export async function checkTest(x) {
  const t = x.toTest;
  eq(t.listInOption(['a', 'b']), 'a,b', 'option'); eq(t.listInOption(undefined), 'none', 'option none');
  eq(t.listInVariant({ tag: 'with-data', val: ['x', 'y', 'z'] }), 'x,y,z', 'variant');
  eq(t.listInVariant({ tag: 'empty' }), 'empty', 'variant empty');
  eq(t.listInResult({ tag: 'ok', val: ['q'] }), 'q', 'result'); eq(t.listInResult({ tag: 'err', val: 'no' }), 'err:no', 'result err');
  eq(t.listInOptionWithReturn(['a', 'bb']), { count: 2, label: 'a,bb' }, 'summary');
  eq(t.listInOptionWithReturn(undefined), { count: 0, label: 'none' }, 'summary none');
  eq(t.topLevelList(['🚀', '', 'z']), '🚀,,z', 'top'); eq(t.topLevelList([]), '', 'top empty');
}
export function runnerImports() { return { 'test:list-in-variant/to-test': impl }; }
