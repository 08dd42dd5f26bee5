import { eq } from '../tools/assert.mjs';
const err = f => { try { f(); } catch (e) { return e.payload; } throw new Error('expected err'); };
const impl = {
  fListInRecord1(a) { eq(a, { a: 'list_in_record1' }, 'record1'); },
  fListInRecord2: () => ({ a: 'list_in_record2' }),
  fListInRecord3(a) { eq(a, { a: 'list_in_record3 input' }, 'record3'); return { a: 'list_in_record3 output' }; },
  fListInRecord4(a) { eq(a, { a: 'input4' }, 'record4'); return { a: 'result4' }; },
  fListInVariant1(a, b) { eq(a, 'foo', 'variant1 a'); eq(b, { tag: 'err', val: 'bar' }, 'variant1 b'); },
  fListInVariant2: () => 'list_in_variant2',
  fListInVariant3(a) { eq(a, 'input3', 'variant3'); return 'output3'; },
  errnoResult() { throw { payload: 'b' }; },
  listTypedefs(a, c) { eq(a, 'typedef1', 'typedef1'); eq(c, ['typedef2'], 'typedef2'); return [new TextEncoder().encode('typedef3'), ['typedef4']]; },
  listOfVariants(a, b, c) {
    eq(a, [true, false], 'bools'); eq(b.map(r => r.tag), ['ok', 'err'], 'results'); eq(c, ['success', 'a'], 'errnos');
    return [[false, true], [{ tag: 'err' }, { tag: 'ok' }], ['a', 'b']];
  },
};
export async function checkTest(x) {
  const t = x.toTest;
  t.fListInRecord1({ a: 'list_in_record1' });
  eq(t.fListInRecord2(), { a: 'list_in_record2' }, 'record2');
  eq(t.fListInRecord3({ a: 'list_in_record3 input' }), { a: 'list_in_record3 output' }, 'record3');
  eq(t.fListInRecord4({ a: 'input4' }), { a: 'result4' }, 'record4');
  t.fListInVariant1('foo', { tag: 'err', val: 'bar' });
  eq(t.fListInVariant2(), 'list_in_variant2', 'variant2');
  eq(t.fListInVariant3('input3'), 'output3', 'variant3');
  eq(err(() => t.errnoResult()), 'b', 'errno');
  const [b, l] = t.listTypedefs('typedef1', ['typedef2']);
  eq(new TextDecoder().decode(b), 'typedef3', 'typedef3'); eq(l, ['typedef4'], 'typedef4');
  const [x1, x2, x3] = t.listOfVariants([true, false], [{ tag: 'ok' }, { tag: 'err' }], ['success', 'a']);
  eq(x1, [false, true], 'bools'); eq(x2.map(r => r.tag), ['err', 'ok'], 'results'); eq(x3, ['a', 'b'], 'errnos');
}
export function runnerImports() { return { 'test:flavorful/to-test': impl }; }
