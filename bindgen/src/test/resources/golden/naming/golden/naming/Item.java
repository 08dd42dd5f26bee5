package golden.naming;

public record Item(int id) {
}
