package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.internal.model.ExternName;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules tying names to types: {@code implements}/{@code versionsuffix}/{@code external-id}
 * attributes, and the function types {@code [constructor]}, {@code [method]} and {@code [static]}
 * names require of the resource they name.
 */
final class AnnotatedNames {
    private AnnotatedNames() {}

    /** The rules of {@code implements}, {@code versionsuffix} and {@code external-id} attributes. */
    static void attributes(ExternName en, ExternNames.Parsed name, ExternT t) {
        Set<Class<?>> seen = new HashSet<>();
        for (ExternName.Attribute a : en.attributes()) {
            if (!seen.add(a.getClass())) {
                String what = switch (a) {
                    case ExternName.Attribute.Implements x -> "implements";
                    case ExternName.Attribute.VersionSuffix x -> "versionsuffix";
                    case ExternName.Attribute.ExternalId x -> "external-id";
                };
                throw new ValidationError("duplicate '" + what + "' option in name");
            }
            switch (a) {
                case ExternName.Attribute.Implements im -> {
                    if (!(t instanceof ExternT.Instance)) throw new ValidationError("only instances can have an `implements`");
                    if (name.kind() != ExternNames.Kind.PLAIN) {
                        throw new ValidationError("name `" + name.text() + "` is not valid with `implements`");
                    }
                    if (im.interfaceName().isEmpty()) throw new ValidationError("`` is not a valid name");
                    if (im.interfaceName().indexOf(':') < 0) {
                        throw new ValidationError("`" + im.interfaceName() + "` must be an interface name");
                    }
                    ExternNames.parseInterface(im.interfaceName());
                }
                case ExternName.Attribute.VersionSuffix vs -> {
                    if (name.kind() != ExternNames.Kind.INTERFACE || name.version() == null
                            || !ExternNames.isCanonVersion(name.version())) {
                        throw new ValidationError("`versionsuffix` requires a name with a canonical interface version");
                    }
                    Semver.check(name.version() + vs.suffix());
                }
                case ExternName.Attribute.ExternalId id -> { }
            }
        }
    }

    /**
     * A resource type imported or exported under a plain name; {@code id} is the nominal identity of
     * the type index the import/export created, which annotated functions must refer to.
     */
    record NamedResource(ResourceType resource, Object id) {}

    /**
     * The type rules of {@code [constructor]}, {@code [method]} and {@code [static]} names; {@code needs}
     * are the nominal identities the function's type refers to.
     */
    static void annotated(ExternNames.Parsed name, ExternT t, Set<Object> needs,
                                  Map<String, NamedResource> resources) {
        if (name.kind() == ExternNames.Kind.PLAIN || name.kind() == ExternNames.Kind.INTERFACE) return;
        if (!(t instanceof ExternT.Func f)) throw new ValidationError("item `" + name.text() + "` is not a func");
        FuncSig sig = f.sig();
        switch (name.kind()) {
            case CONSTRUCTOR -> {
                if (sig.result() == null) throw new ValidationError("function should return one value");
                Type r = sig.result();
                if (r instanceof Type.ResultType rt && rt.ok() != null) r = rt.ok();
                if (!(r instanceof Type.Own own)) {
                    throw new ValidationError("function should return `(own $T)` or `(result (own $T))`");
                }
                resourceName(own.resource(), name.resource(), needs, resources);
            }
            case METHOD -> {
                if (sig.params().isEmpty()) throw new ValidationError("function should have at least one argument");
                FuncSig.Param self = sig.params().get(0);
                if (!self.name().equals("self")) throw new ValidationError("function should have a first argument called `self`");
                if (!(self.type() instanceof Type.Borrow b)) {
                    throw new ValidationError("function should take a first argument of `(borrow $T)`");
                }
                resourceName(b.resource(), name.resource(), needs, resources);
            }
            case STATIC -> {
                if (!resources.containsKey(name.resource())) {
                    throw new ValidationError("static resource name is not known in this context");
                }
            }
            default -> { }
        }
    }

    static void resourceName(ResourceType r, String expected, Set<Object> needs,
                                     Map<String, NamedResource> resources) {
        String found = null;
        for (Map.Entry<String, NamedResource> e : resources.entrySet()) {
            NamedResource n = e.getValue();
            if (n.resource() == r && needs.contains(n.id()) && (found == null || e.getKey().equals(expected))) {
                found = e.getKey();
            }
        }
        if (found == null) throw new ValidationError("resource used in function does not have a name in this context");
        if (!found.equals(expected)) throw new ValidationError("function does not match expected resource name `" + found + "`");
    }

}
