package dev.weft.component.internal.binary;

/**
 * Checks the order of an embedded core module's sections so that a misordered module is reported as
 * "section out of order", the wording component tooling uses. Everything else about the module
 * (including sections whose framing is broken) is left to the engine's decoder.
 */
final class CoreSectionOrder {
    private CoreSectionOrder() {}

    /** The position of each known core section id in the required order; custom sections (0) are free. */
    private static int rank(int id) {
        return switch (id) {
            case 1 -> 1;   // type
            case 2 -> 2;   // import
            case 3 -> 3;   // function
            case 4 -> 4;   // table
            case 5 -> 5;   // memory
            case 13 -> 6;  // tag
            case 6 -> 7;   // global
            case 7 -> 8;   // export
            case 8 -> 9;   // start
            case 9 -> 10;  // element
            case 12 -> 11; // data count
            case 10 -> 12; // code
            case 11 -> 13; // data
            default -> -1;
        };
    }

    /** Fails when a known non-custom section follows one that must come after it (or repeats). */
    static void check(ByteReader module) {
        ByteReader r = new ByteReader(module.array(), module.pos() + 8, module.end(), module.where);
        int last = 0;
        while (!r.atEnd()) {
            int at = r.pos();
            int id = r.u8();
            int size;
            try {
                size = r.index();
                r.sub(size, module.where);
            } catch (dev.weft.engine.MalformedModuleException e) {
                return; // broken framing: the engine reports it
            }
            if (id == 0) continue;
            int rank = rank(id);
            if (rank < 0) return;
            if (rank <= last) throw r.malformed("section out of order", at);
            last = rank;
        }
    }
}
