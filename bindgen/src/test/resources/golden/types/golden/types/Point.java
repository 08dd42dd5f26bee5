package golden.types;

/**
 * A point in the plane.
 * @param x Horizontal.
 */
public record Point(int x, int y) {
}
