/**
 * Validation of decoded components, producing what instantiation needs.
 *
 * <p>{@link dev.weft.component.internal.validate.ComponentValidator#validate} checks a
 * {@link dev.weft.component.internal.model.ComponentAst} (index bounds, instantiation and alias
 * typing, subtyping, resource identity, canonical options, names, type visibility of imports and
 * exports) and returns a {@link dev.weft.component.internal.validate.ValidatedComponent}: the resolved
 * type of every component func, type, instance and component index, the compiled core modules, the
 * core type of every core func, and the resources the component defines. Invalid input throws
 * {@link dev.weft.engine.InvalidModuleException} whose reason contains the reference validator's text.
 *
 * <p>The type layer: value types are the public {@link dev.weft.component.Type}; functions are
 * {@link dev.weft.component.internal.validate.FuncSig}; entries of the type index space are
 * {@link dev.weft.component.internal.validate.CType}; imports/exports/arguments are
 * {@link dev.weft.component.internal.validate.ExternT} with
 * {@link dev.weft.component.internal.validate.InstanceSig},
 * {@link dev.weft.component.internal.validate.ComponentSig} and
 * {@link dev.weft.component.internal.validate.ModuleSig}. Resource types are placeholder
 * {@link dev.weft.component.ResourceType} objects, one per definition, import or abstract export; the
 * runtime maps them to real per-instance resource types with a
 * {@link dev.weft.component.internal.validate.ResourceSubstitution}.
 */
package dev.weft.component.internal.validate;
