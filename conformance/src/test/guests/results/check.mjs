import { eq } from '../tools/assert.mjs';
// jco maps an exported result's err to a thrown ComponentError with `payload`.
function err(f) { try { f(); } catch (e) { return e.payload; } throw new Error('expected err'); }
export async function checkTest(x) {
  const t = x.test;
  eq(err(() => t.stringError(0)), 'zero', 'string-error'); eq(t.stringError(1.5), 1.5, 'string ok');
  eq(err(() => t.enumError(0)), 'b', 'enum-error'); eq(t.enumError(2), 2, 'enum ok');
  eq(err(() => t.recordError(0)), { line: 420, column: 0 }, 'record 0');
  eq(err(() => t.recordError(1)), { line: 77, column: 2 }, 'record 1'); eq(t.recordError(5), 5, 'record ok');
  eq(err(() => t.variantError(0)), { tag: 'e2', val: { line: 420, column: 0 } }, 'variant 0');
  eq(err(() => t.variantError(1)), { tag: 'e1', val: 'b' }, 'variant 1');
  eq(err(() => t.variantError(2)), { tag: 'e1', val: 'c' }, 'variant 2'); eq(t.variantError(3), 3, 'variant ok');
  eq(err(() => t.emptyError(0)), undefined, 'empty 0'); eq(t.emptyError(1), 42, 'empty 1'); eq(t.emptyError(9), 9, 'empty 9');
  eq(t.doubleError(0), { tag: 'ok', val: undefined }, 'double 0');
  eq(t.doubleError(1), { tag: 'err', val: 'one' }, 'double 1');
  eq(err(() => t.doubleError(2)), 'two', 'double 2');
}
export function runnerImports(state) {
  const fail = payload => { throw { payload }; };
  return {
    'test:results/test': {
      stringError: a => a === 0 ? fail('zero') : a,
      enumError: a => a === 0 ? fail('b') : a,
      recordError: a => a === 0 ? fail({ line: 420, column: 0 }) : a === 1 ? fail({ line: 77, column: 2 }) : a,
      variantError: a => a === 0 ? fail({ tag: 'e2', val: { line: 420, column: 0 } })
        : a === 1 ? fail({ tag: 'e1', val: 'b' }) : a === 2 ? fail({ tag: 'e1', val: 'c' }) : a,
      emptyError: a => a === 0 ? fail(undefined) : a === 1 ? 42 : a,
      doubleError: a => a === 0 ? { tag: 'ok' } : a === 1 ? { tag: 'err', val: 'one' } : fail('two'),
    },
  };
}
