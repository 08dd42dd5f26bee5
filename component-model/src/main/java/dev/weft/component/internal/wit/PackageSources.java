package dev.weft.component.internal.wit;

import dev.weft.component.internal.wit.Ast.NestedPackage;
import dev.weft.component.internal.wit.Ast.PackageDecl;
import dev.weft.component.internal.wit.Ast.TopItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed files of one source location (a file or a directory's {@code *.wit} files) grouped into
 * packages: the main package those files declare at top level, and every nested {@code package … {}}.
 */
public record PackageSources(Unresolved main, List<Unresolved> all) {
    /** Items of one package as written in one place; top-level {@code use}s are visible only within it. */
    public record Unit(Source source, List<TopItem> items) {}

    /** A package before name resolution. */
    public record Unresolved(String namespace, String name, String version, String docs, Pos pos, List<Unit> units) {
        public String fullName() { return namespace + ":" + name + (version == null ? "" : "@" + version); }
    }

    /** Groups files of one location; every file without a declaration belongs to the declared main package. */
    public static PackageSources group(List<Ast.File> files) {
        PackageDecl mainDecl = null;
        PackageDecl docsDecl = null;
        List<Unit> mainUnits = new ArrayList<>();
        List<Unresolved> nested = new ArrayList<>();
        boolean anyTopItems = false;
        for (Ast.File f : files) {
            PackageDecl d = f.pkg();
            if (d != null) {
                if (mainDecl != null && !(same(d.namespace(), mainDecl.namespace()) && same(d.name(), mainDecl.name())
                        && same(d.version(), mainDecl.version()))) {
                    throw d.pos().error("package identifier `" + name(d) + "` does not match previous package name of `"
                            + name(mainDecl) + "`");
                }
                if (d.docs() != null) {
                    if (docsDecl != null) {
                        throw new Pos(f.source(), 0).error("found doc comments on multiple 'package' items");
                    }
                    docsDecl = d;
                }
                if (mainDecl == null) mainDecl = d;
            }
            if (!f.items().isEmpty()) anyTopItems = true;
            mainUnits.add(new Unit(f.source(), f.items()));
            for (NestedPackage n : f.nested()) {
                PackageDecl nd = n.pkg();
                nested.add(new Unresolved(nd.namespace(), nd.name(), nd.version(), nd.docs(), nd.pos(),
                        List.of(new Unit(f.source(), n.items()))));
            }
        }
        List<Unresolved> all = new ArrayList<>();
        Unresolved main;
        if (mainDecl == null) {
            if (anyTopItems || nested.isEmpty()) {
                throw new Pos(files.get(0).source(), 0).error("no `package` header was found in any WIT file for this package");
            }
            main = nested.get(0);
        } else {
            main = new Unresolved(mainDecl.namespace(), mainDecl.name(), mainDecl.version(),
                    docsDecl == null ? null : docsDecl.docs(), mainDecl.pos(), mainUnits);
            all.add(main);
        }
        all.addAll(nested);
        return new PackageSources(main, all);
    }

    private static boolean same(String a, String b) { return a == null ? b == null : a.equals(b); }

    private static String name(PackageDecl d) {
        return d.namespace() + ":" + d.name() + (d.version() == null ? "" : "@" + d.version());
    }
}
