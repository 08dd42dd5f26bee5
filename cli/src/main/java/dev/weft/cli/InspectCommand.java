package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitPrinter;
import dev.weft.engine.Engine;
import dev.weft.engine.ExportType;
import dev.weft.engine.ImportType;
import dev.weft.engine.Module;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft inspect FILE}: what a module or component needs and provides. For a core module, its
 * imports and exports with their types; for a component, its imports and exports and the WIT world they
 * form. The file is validated first, so inspecting also tells whether it would load.
 */
@Command(name = "inspect", description = "Show the imports and exports of a module, or the WIT of a component.")
final class InspectCommand implements Callable<Integer> {

    /** Every component binary starts with this preamble (magic, version 0x0d, layer 1). */
    private static final byte[] COMPONENT_PREAMBLE = {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00};

    @Parameters(index = "0", paramLabel = "FILE", description = "a .wasm module or component, or a .wat module")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        PrintWriter out = spec.commandLine().getOut();
        Engine engine = Engine.create();
        if (isComponent(bytes)) {
            Component component = Component.fromBinary(engine, bytes);
            out.println("component " + file.getFileName());
            out.println("imports:");
            component.importNames().forEach(n -> out.println("  " + n));
            out.println("exports:");
            component.exportNames().forEach(n -> out.println("  " + n));
            out.println("wit:");
            WitPrinter.print(Wit.componentWorld(engine, bytes, file.toString())).lines()
                    .forEach(l -> out.println(l.isEmpty() ? "" : "  " + l));
        } else {
            String name = file.getFileName().toString();
            Module module = name.endsWith(".wat")
                    ? Module.fromText(engine, new String(bytes, StandardCharsets.UTF_8))
                    : Module.fromBinary(engine, bytes);
            out.println("module " + name);
            out.println("imports:");
            for (ImportType i : module.imports()) out.println("  " + i.module() + " " + i.name() + ": " + i.type());
            out.println("exports:");
            for (ExportType e : module.exports()) out.println("  " + e.name() + ": " + e.type());
        }
        out.flush();
        return 0;
    }

    static boolean isComponent(byte[] bytes) {
        if (bytes.length < COMPONENT_PREAMBLE.length) return false;
        for (int i = 0; i < COMPONENT_PREAMBLE.length; i++) if (bytes[i] != COMPONENT_PREAMBLE[i]) return false;
        return true;
    }
}
