package dev.weft.engine.internal.model;

import java.util.List;

/**
 * An element segment. {@code offset} and {@code table} apply to active segments only.
 * Items are given as expressions; the decoder turns the compact function-index form into
 * {@code ref.func} expressions so consumers see one shape.
 */
public record ElemSegment(Mode mode, int table, ConstExpr offset, ValType type, List<ConstExpr> items) {
    public enum Mode { PASSIVE, ACTIVE, DECLARATIVE }

    public ElemSegment { items = List.copyOf(items); }
}
