package dev.weft.component.internal.abi;

import dev.weft.component.ResourceType;

/** Typed access to resource handles in a handle table, with the spec's checks and trap texts. */
final class Handles {
    private Handles() {}

    /** The resource handle at {@code index}, which must be of {@code type}. */
    static ResourceEntry resource(InstanceState inst, int index, ResourceType type) {
        return check(inst, index, inst.handles().get(index), type);
    }

    /** Removes the handle at {@code index} (the removal happens before the type check, as in the spec). */
    static ResourceEntry removeResource(InstanceState inst, int index, ResourceType type) {
        return check(inst, index, inst.handles().remove(index), type);
    }

    private static ResourceEntry check(InstanceState inst, int index, HandleEntry entry, ResourceType type) {
        if (entry instanceof ResourceEntry r && r.type == type) return r;
        String expected = kindName(inst, type);
        String found = entry.kindName();
        if (entry instanceof ResourceEntry && found.equals(expected)) found = "a different " + found;
        throw AbiTraps.wrongHandleType(index, expected, found);
    }

    /** Lifting an own: moves the handle out of the table; it must be owned and not lent out. */
    static Object takeOwn(InstanceState inst, int index, ResourceType type) {
        ResourceEntry e = removeResource(inst, index, type);
        if (e.numLends != 0) throw AbiTraps.lentOwnRemoved();
        if (!e.own) throw AbiTraps.borrowAsOwn(index);
        return e.rep;
    }

    /** Lifting a borrow: lends the handle to the call. */
    static Object lend(InstanceState inst, CallScope scope, int index, ResourceType type) {
        ResourceEntry e = resource(inst, index, type);
        scope.lend(e);
        return e.rep;
    }

    /** Lowering an own: a new owned handle. */
    static int addOwn(InstanceState inst, ResourceType type, Object rep) {
        boolean host = hostDefined(inst, type);
        checkRep(host, type, rep);
        return inst.handles().add(new ResourceEntry(type, rep, true, host, null));
    }

    /** Lowering a borrow: the implementer gets the rep itself, anyone else a handle scoped to the call. */
    static int addBorrow(InstanceState inst, CallScope scope, ResourceType type, Object rep) {
        if (inst.defines(type)) {
            if (!(rep instanceof Integer i)) {
                throw new ValueMismatch("expected borrow<" + type.name() + "> with an Integer rep (the resource is"
                        + " component-defined), got rep " + rep);
            }
            return i;
        }
        boolean host = hostDefined(inst, type);
        checkRep(host, type, rep);
        scope.borrowCreated();
        return inst.handles().add(new ResourceEntry(type, rep, false, host, scope));
    }

    /** A component-defined resource's rep is its i32; the host must hand back what it got. */
    private static void checkRep(boolean hostDefined, ResourceType type, Object rep) {
        if (!hostDefined && !(rep instanceof Integer)) {
            throw new ValueMismatch("expected a handle of " + type.name() + " with an Integer rep (the resource is"
                    + " component-defined), got rep " + rep);
        }
    }

    static String kindName(InstanceState inst, ResourceType type) {
        return inst.resources().lookup(type).hostDefined() ? "host-defined resource" : "guest-defined resource";
    }

    static boolean hostDefined(InstanceState inst, ResourceType type) {
        return inst.resources().lookup(type).hostDefined();
    }
}
