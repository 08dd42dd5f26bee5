package golden.imports;

import java.util.List;
import java.util.Optional;

/**
 * The imported interface {@code test:imports/kv}: implement it and pass it to the world's builder.
 */
public interface Kv {
    Optional<byte[]> get(String key);

    /**
     * @throws PutException when the function returns {@code err}
     */
    void put(Entry e) throws PutException;

    List<String> keys(Level min);
}
