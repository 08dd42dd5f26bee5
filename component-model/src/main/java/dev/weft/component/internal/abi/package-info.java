/**
 * The synchronous Canonical ABI: how component values live in core wasm values and linear memory.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link dev.weft.component.internal.abi.Layout} (size, alignment) and
 *       {@link dev.weft.component.internal.abi.Flattening} (flat core types, 16 params / 1 result
 *       limits; {@link dev.weft.component.internal.abi.FuncSignature} gives the core types of
 *       {@code canon lift} / {@code canon lower}).</li>
 *   <li>{@link dev.weft.component.internal.abi.Lifting} / {@link dev.weft.component.internal.abi.Lowering}:
 *       dynamic {@code Val}s from and to flat values and memory; {@link dev.weft.component.internal.abi.Strings}
 *       for the three encodings with the spec's transcoding strategies.</li>
 *   <li>{@link dev.weft.component.internal.abi.Abi}: whole signatures (spilling to memory);
 *       {@link dev.weft.component.internal.abi.LiftedFunction} and
 *       {@link dev.weft.component.internal.abi.LoweredFunction}: complete call sequences
 *       (enter/leave, borrows, post-return).</li>
 *   <li>{@link dev.weft.component.internal.abi.InstanceState} (per component instance: handle table,
 *       {@code may_leave}/{@code may_enter}), {@link dev.weft.component.internal.abi.ResourceRegistry}
 *       (per store: who implements which resource type), {@link dev.weft.component.internal.abi.ResourceBuiltins}
 *       ({@code resource.new/rep/drop}), {@link dev.weft.component.internal.abi.CallScope} (borrows of one call).</li>
 *   <li>{@link dev.weft.component.internal.abi.FastAbi}: the typed fast path for generated bindings
 *       (primitive lists as Java arrays with one bulk copy, strings, handles as reps).</li>
 * </ul>
 *
 * <h2>Wiring (for the component runtime)</h2>
 * <pre>{@code
 * ResourceRegistry registry = new ResourceRegistry();                 // one per store
 * InstanceState inst = new InstanceState(registry, parentOrNull);      // one per component instance
 * registry.defineGuest(resourceType, inst, ResourceDestructor.ofCore(dtorFuncOrNull)); // (type (resource ...))
 * // canon lift: a component-level function
 * LiftedFunction f = new LiftedFunction(new FuncSignature(paramTypes, resultTypes), coreFunc,
 *         new CanonicalOptions(memory, realloc, postReturn, StringEncoding.UTF8), inst);
 * List<Val> results = f.call(args);                                    // from the host
 * // canon lower: a core function for a component to import
 * Func core = LoweredFunction.create(sig, callerOptions, callerInst, f, Peer.COMPONENT);
 * Func hostImport = LoweredFunction.create(sig, callerOptions, callerInst, ComponentCallee.host(fn), Peer.HOST);
 * // canon resource.new / rep / drop
 * Func.of(FuncType.of(List.of(I32), List.of(I32)), a -> new Object[] {ResourceBuiltins.resourceNew(inst, type, (Integer) a[0])});
 * }</pre>
 * {@link dev.weft.component.internal.abi.Peer} only chooses trap wording (host boundary vs fused
 * component-to-component adapter), following the shared test suite.
 */
package dev.weft.component.internal.abi;
