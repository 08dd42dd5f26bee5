package golden.types;

import dev.weft.component.bindings.Tuple2;

/**
 * A shape: a circle, a rectangle or nothing.
 */
public sealed interface Shape permits Shape.Circle, Shape.Rect, Shape.None {
    /**
     * The {@code circle} case.
     */
    record Circle(double value) implements Shape {
    }

    /**
     * The {@code rect} case.
     */
    record Rect(Tuple2<Point, Point> value) implements Shape {
    }

    /**
     * No shape at all.
     *
     * The {@code none} case.
     */
    record None() implements Shape {
    }
}
