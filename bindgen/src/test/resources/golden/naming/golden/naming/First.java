package golden.naming;

/**
 * Two interfaces define `item` and `error`: the second of each gets its interface's prefix.
 *
 * The imported interface {@code test:naming/first}: implement it and pass it to the world's builder.
 */
public interface First {
    /**
     * @throws FirstErrorException when the function returns {@code err}
     */
    Item get() throws FirstErrorException;
}
