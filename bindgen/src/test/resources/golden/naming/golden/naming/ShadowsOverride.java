package golden.naming;

public record ShadowsOverride(boolean on) {
}
