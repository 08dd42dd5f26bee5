package dev.weft.component.wit;

/** A package name {@code namespace:name@version}; the version is null when the package has none. */
public record PackageName(String namespace, String name, String version) {
    /** {@code ns:name} without the version. */
    public String unversioned() { return namespace + ":" + name; }

    /** The name of an item of this package as it appears in component import/export names. */
    public String qualify(String item) {
        return unversioned() + "/" + item + (version == null ? "" : "@" + version);
    }

    @Override
    public String toString() { return version == null ? unversioned() : unversioned() + "@" + version; }
}
