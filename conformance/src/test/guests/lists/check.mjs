import { eq, ok, throws } from '../tools/assert.mjs';

export async function checkTest(x) {
  const t = x.toTest;
  t.emptyListParam(new Uint8Array());
  t.emptyStringParam('');
  eq(t.emptyListResult(), new Uint8Array(), 'empty list');
  eq(t.emptyStringResult(), '', 'empty string');
  t.listParam(new Uint8Array([1, 2, 3, 4]));
  t.listParam2('foo');
  t.listParam3(['foo', 'bar', 'baz']);
  t.listParam4([['foo', 'bar'], ['baz']]);
  t.listParam5([[1, 2, 3], [4, 5, 6]]);
  t.listParamLarge(Array(1000).fill('string'));
  eq(t.listResult(), new Uint8Array([1, 2, 3, 4, 5]), 'list-result');
  eq(t.listResult2(), 'hello!', 'list-result2');
  eq(t.listResult3(), ['hello,', 'world!'], 'list-result3');
  const mm = (f, a, b) => { const [ra, rb] = f(a, b); eq(ra, a, 'minmax a'); eq(rb, b, 'minmax b'); };
  mm(t.listMinmax8, new Uint8Array([0, 255]), new Int8Array([-128, 127]));
  mm(t.listMinmax16, new Uint16Array([0, 65535]), new Int16Array([-32768, 32767]));
  mm(t.listMinmax32, new Uint32Array([0, 4294967295]), new Int32Array([-2147483648, 2147483647]));
  mm(t.listMinmax64, new BigUint64Array([0n, 2n ** 64n - 1n]), new BigInt64Array([-(2n ** 63n), 2n ** 63n - 1n]));
  mm(t.listMinmaxFloat, new Float32Array([-3.4028234663852886e38, Infinity, NaN]), new Float64Array([-Number.MAX_VALUE, -Infinity, NaN]));
  const big = new Uint8Array(100000).map((_, i) => i * 7);
  eq(t.listRoundtrip(big), big, 'list-roundtrip');
  eq(t.stringRoundtrip('hello 🚀 ÿ 𠈄'), 'hello 🚀 ÿ 𠈄', 'string-roundtrip');
  const headers = [['Content-Type', new Uint8Array([1, 2])], ['', new Uint8Array()]];
  eq(t.wasiHttpHeadersRoundtrip(headers), headers, 'headers');
  eq(t.allocatedBytes(), 0, 'no leaks');
  throws(() => t.listParam(new Uint8Array([1, 2, 3])), 'list-param checks its argument');
}

export function runnerImports(state) {
  state.calls = 0;
  const u8 = a => new Uint8Array(a);
  return {
    'test:lists/to-test': {
      emptyListParam(a) { eq(a.length, 0, 'empty list'); state.calls++; },
      emptyStringParam(a) { eq(a, '', 'empty string'); state.calls++; },
      emptyListResult: () => u8([]),
      emptyStringResult: () => '',
      listParam(a) { eq([...a], [1, 2, 3, 4], 'list-param'); state.calls++; },
      listParam2(a) { eq(a, 'foo', 'list-param2'); state.calls++; },
      listParam3(a) { eq(a, ['foo', 'bar', 'baz'], 'list-param3'); state.calls++; },
      listParam4(a) { eq(a, [['foo', 'bar'], ['baz']], 'list-param4'); state.calls++; },
      listParam5(a) { eq(a, [[1, 2, 3], [4, 5, 6]], 'list-param5'); state.calls++; },
      listParamLarge(a) { eq(a.length, 1000, 'large'); ok(a.every(s => s === 'string'), 'large'); state.calls++; },
      listResult: () => u8([1, 2, 3, 4, 5]),
      listResult2: () => 'hello!',
      listResult3: () => ['hello,', 'world!'],
      listMinmax8: (a, b) => [a, b],
      listMinmax16: (a, b) => [a, b],
      listMinmax32: (a, b) => [a, b],
      listMinmax64: (a, b) => [a, b],
      listMinmaxFloat: (a, b) => [a, b],
      listRoundtrip: a => a,
      stringRoundtrip: a => a,
      wasiHttpHeadersRoundtrip: a => a,
      allocatedBytes: () => 42,
    },
  };
}
export function afterRun(state) { eq(state.calls, 8, 'param calls'); }
