package golden.host_resources;

import java.util.List;
import java.util.Optional;

/**
 * Files the host implements.
 *
 * The imported interface {@code test:host-resources/files}: implement it and pass it to the world's builder.
 */
public interface Files {
    File newFile(String path);

    File fileOpenDefault();

    /**
     * @return WIT {@code u64}: unsigned, same bits in the signed Java type
     */
    long copy(File src, File dst);

    Optional<File> take(File f);

    List<File> many();
}
