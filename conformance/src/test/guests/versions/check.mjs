import { eq } from '../tools/assert.mjs';
export async function checkTest(x) {
  const v1 = x['test:dep/test@0.1.0'], v2 = x['test:dep/test@0.2.0'];
  eq(v1.x(), 1, 'v1 x'); eq(v1.y(1), 2, 'v1 y'); eq(v2.x(), 2, 'v2 x'); eq(v2.z(1, 2.5), 3.5, 'v2 z');
}
// jco 1.35 merges both versions of test:dep/test into one import object, so the two `x` functions
// cannot be given different host implementations from JS; the Java host covers the runner.
export const skipRunner = 'jco cannot tell the two imported versions of x apart';
