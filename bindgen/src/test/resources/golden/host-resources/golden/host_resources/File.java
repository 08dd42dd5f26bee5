package golden.host_resources;

/**
 * An open file.
 *
 * WIT resource {@code file}, implemented in Java: the component holds handles to objects of this type.
 */
public interface File extends AutoCloseable {
    /**
     * Called when the component drops its owned handle; does nothing by default.
     */
    @Override
    default void close() {
    }

    /**
     * @param max WIT {@code u32}: unsigned, same bits in the signed Java type
     */
    byte[] read(int max);

    /**
     * @return WIT {@code u32}: unsigned, same bits in the signed Java type
     * @throws FileWriteException when the function returns {@code err}
     */
    int write(byte[] data) throws FileWriteException;

    /**
     * @return WIT {@code u64}: unsigned, same bits in the signed Java type
     */
    long size();

    void close_();
}
