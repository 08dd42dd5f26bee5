package dev.weft.engine;

/**
 * A table's element type, limits ({@code max < 0}: no maximum) and address type.
 * <pre>{@code
 * Table t = Table.create(new TableType(ValueType.FUNCREF, 10, -1, false), null);
 * }</pre>
 */
public record TableType(ValueType element, long min, long max, boolean is64) implements ExternType {
    public TableType {
        if (!element.isReference()) throw new IllegalArgumentException("table elements must be references");
        if (min < 0) throw new IllegalArgumentException("negative minimum");
    }

    public boolean hasMax() { return max >= 0; }
}
