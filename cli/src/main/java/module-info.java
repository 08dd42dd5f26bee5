/** The {@code weft} command line. */
module dev.weft.cli {
    requires dev.weft.engine;
    requires dev.weft.component;
    requires dev.weft.bindgen;
    requires info.picocli;

    // picocli fills the command objects reflectively.
    opens dev.weft.cli to info.picocli;
}
