package dev.weft.processor;

import dev.weft.component.wit.Resolve;
import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitException;
import dev.weft.component.wit.WitWorld;
import dev.weft.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns the source a {@code @WitBindings} names into the selected world; WIT problems surface as {@link WitException}. */
final class WorldLoader {
    private WorldLoader() {}

    /** The world of a WIT directory or file, with the request's unstable features enabled. */
    static WitWorld fromWit(Path location, BindingsRequest request) {
        Wit parser = Wit.parser().withFeatures(request.features().toArray(String[]::new));
        Resolve resolve = Files.isDirectory(location) ? parser.directory(location) : parser.file(location);
        return resolve.selectWorld(worldName(request));
    }

    /**
     * The world of a component binary: from the WIT packages it holds when it is a WIT package, otherwise
     * the world its own imports and exports form.
     */
    static WitWorld fromComponent(byte[] bytes, BindingsRequest request) {
        Resolve packaged;
        try {
            packaged = Wit.parseBinary(bytes, request.component());
        } catch (WitException notAPackage) {
            packaged = null;
        }
        if (packaged != null && packaged.mainPackage() != null && !packaged.mainPackage().worlds().isEmpty()) {
            return packaged.selectWorld(worldName(request));
        }
        return Wit.componentWorld(Engine.create(), bytes, request.component()).selectWorld(worldName(request));
    }

    private static String worldName(BindingsRequest request) {
        return request.world().isEmpty() ? null : request.world();
    }
}
