package dev.weft.component.wit;

import java.util.List;

/**
 * The result of resolving WIT sources: every package (dependencies before their users) and the main
 * package, the one the sources were parsed for.
 */
public final class Resolve {
    private final List<WitPackage> packages;
    private final WitPackage main;

    Resolve(List<WitPackage> packages, WitPackage main) {
        this.packages = List.copyOf(packages);
        this.main = main;
    }

    /** All packages, each after the packages it refers to. */
    public List<WitPackage> packages() { return packages; }

    /** The package the parsed file or directory declares at its top level. */
    public WitPackage mainPackage() { return main; }

    /** The package with this name ({@code ns:name} or {@code ns:name@version}), or null. */
    public WitPackage findPackage(String name) {
        for (WitPackage p : packages) {
            if (p.name().toString().equals(name)) return p;
        }
        for (WitPackage p : packages) {
            if (p.name().unversioned().equals(name)) return p;
        }
        return null;
    }

    /**
     * Picks a world: null selects the main package's only world; a plain name selects a world of the
     * main package; {@code ns:pkg/world} (optionally {@code @version}) selects from any package.
     *
     * @throws WitException when there is no such world, or null was given and the main package has
     *                      zero or several worlds
     */
    public WitWorld selectWorld(String name) {
        if (name == null) {
            if (main.worlds().size() != 1) {
                throw new WitException(main.name().toString(), 0, 0, "package `" + main.name() + "` has "
                        + main.worlds().size() + " worlds; name the one to use");
            }
            return main.worlds().values().iterator().next();
        }
        int slash = name.indexOf('/');
        if (slash < 0) {
            WitWorld w = main.worlds().get(name);
            if (w == null) throw notFound(name, main);
            return w;
        }
        String worldName = name.substring(slash + 1);
        String pkgName = name.substring(0, slash);
        int at = worldName.indexOf('@');
        if (at >= 0) {
            pkgName = pkgName + worldName.substring(at);
            worldName = worldName.substring(0, at);
        }
        WitPackage pkg = findPackage(pkgName);
        if (pkg == null) throw new WitException(name, 0, 0, "no package `" + pkgName + "`");
        WitWorld w = pkg.worlds().get(worldName);
        if (w == null) throw notFound(worldName, pkg);
        return w;
    }

    private static WitException notFound(String world, WitPackage pkg) {
        return new WitException(pkg.name().toString(), 0, 0, "no world `" + world + "` in package `"
                + pkg.name() + "` (it has " + String.join(", ", pkg.worlds().keySet()) + ")");
    }
}
