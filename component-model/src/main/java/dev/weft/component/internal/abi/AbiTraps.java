package dev.weft.component.internal.abi;

import dev.weft.engine.TrapException;

/** The traps the Canonical ABI raises, with the messages the shared test suite expects. */
public final class AbiTraps {
    private AbiTraps() {}

    public static TrapException trap(String message) { return new TrapException(message); }

    static TrapException unaligned(Peer peer, Region region) {
        if (peer == Peer.COMPONENT) return trap("unaligned pointer");
        return trap(switch (region) {
            case STRING -> "string pointer not aligned to 2";
            case LIST -> "list pointer is not aligned";
            case VALUES -> "return pointer not aligned";
        });
    }

    static TrapException outOfBounds(Peer peer, Region region) {
        return trap(switch (region) {
            case STRING -> peer == Peer.HOST ? "string pointer/length out of bounds of memory" : "string content out-of-bounds";
            case LIST -> peer == Peer.HOST ? "list pointer/length out of bounds of memory" : "list content out-of-bounds";
            case VALUES -> peer == Peer.HOST ? "pointer out of bounds of memory" : "out of bounds memory access";
        });
    }

    static TrapException reallocUnaligned(Peer peer, Region region) {
        return peer == Peer.HOST ? trap("realloc return: result not aligned") : unaligned(peer, region);
    }

    static TrapException reallocOutOfBounds(Peer peer, Region region) {
        return peer == Peer.HOST ? trap("realloc return: beyond end of memory") : outOfBounds(peer, region);
    }

    static TrapException tooLong(Region region) {
        return trap(region == Region.STRING ? "string content too long" : "list content too long");
    }

    static TrapException liftLimit(long limit) {
        return trap("lifted values exceed the limit of " + limit + " bytes of list and string content per call"
                + " (system property " + Lifting.MAX_LIFT_BYTES_PROPERTY + ")");
    }

    static TrapException outOfMemory(String what) {
        return trap("out of memory lifting " + what);
    }

    public static TrapException invalidChar() { return trap("invalid `char` bit pattern"); }

    public static TrapException invalidDiscriminant() { return trap("invalid variant discriminant"); }

    public static TrapException unknownHandle(long index) {
        return trap("unknown handle index " + Integer.toUnsignedLong((int) index));
    }

    public static TrapException wrongHandleType(int index, String expected, String found) {
        return trap("handle index " + Integer.toUnsignedLong(index) + " used with the wrong type, expected "
                + expected + " but found " + found);
    }

    public static TrapException lentOwnRemoved() { return trap("cannot remove owned resource while borrowed"); }

    public static TrapException borrowAsOwn(int index) {
        return trap("handle index " + Integer.toUnsignedLong(index) + " is a borrow, but an owned handle is required");
    }

    public static TrapException borrowsRemain() { return trap("borrow handles still remain at the end of the call"); }

    public static TrapException cannotLeave() { return trap("cannot leave component instance"); }

    public static TrapException cannotEnter() { return trap("cannot enter component instance"); }

    public static TrapException tableFull() { return trap("handle table is full"); }
}
