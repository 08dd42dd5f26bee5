/**
 * WebAssembly's numeric semantics as pure, allocation-free static functions, shared by the
 * interpreter and the JIT so that both tiers compute the same results. The one freedom left is the
 * spec's own: when both operands of {@code + - * /} are NaNs, which payload survives depends on the
 * operand order the JVM's compiled code uses (any such result is a valid arithmetic NaN).
 *
 * <ul>
 *   <li>{@link dev.weft.engine.internal.numeric.IntOps}: trapping integer division and remainder.
 *   <li>{@link dev.weft.engine.internal.numeric.FloatOps}: min/max, rounding, sqrt and sign
 *       operations with the spec's NaN and signed-zero rules.
 *   <li>{@link dev.weft.engine.internal.numeric.Conversions}: trapping and saturating truncation,
 *       unsigned int-to-float conversion with a single rounding, demote/promote of NaNs.
 *   <li>{@link dev.weft.engine.internal.numeric.Simd}: every 0xFD instruction that does not access
 *       memory, executed on the interpreter's {@code long[]} operand stack (a v128 is two slots,
 *       bytes 0-7 first); {@link dev.weft.engine.internal.numeric.SimdMemory}: the lane arithmetic
 *       of the SIMD loads and stores.
 * </ul>
 *
 * <p>Relaxed SIMD follows the deterministic profile of the spec (every implementation-defined
 * choice is the first alternative), so results never depend on the host CPU or the tier.
 */
package dev.weft.engine.internal.numeric;
