package golden.imports;

public record Entry(String key, byte[] value) {
}
