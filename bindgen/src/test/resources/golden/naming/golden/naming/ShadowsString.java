package golden.naming;

public record ShadowsString(String text) {
}
