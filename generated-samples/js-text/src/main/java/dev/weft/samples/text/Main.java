package dev.weft.samples.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Text tools from a JavaScript library running as a WebAssembly component (QuickJS inside):
 * {@code Main [file...]} prints statistics and the most frequent words of each file, then indexes the
 * files and searches them for the words of the first file's title line; without arguments it shows
 * every call on a built-in text.
 */
public final class Main {
    /** The component, built from {@code guest/text.js} and committed as a resource. */
    static final String COMPONENT = "/components/text.wasm";

    private static final String SAMPLE = """
            Weft runs WebAssembly components on the JVM. A component written in JavaScript \
            becomes an ordinary Java library: its records are Java records, its resources are \
            AutoCloseable objects, and its errors are exceptions. Is that not neat? It is!""";

    private Main() {
    }

    /** Loads the library; one instance serves any number of calls. */
    static TextLib load() {
        return TextLib.builder().componentResource(Main.class, COMPONENT).build();
    }

    public static void main(String[] args) throws IOException, WrapException {
        try (TextLib lib = load()) {
            TextLib.Text text = lib.text();
            if (args.length == 0) {
                demo(text);
                return;
            }
            try (Index index = text.newIndex()) {
                for (String file : args) {
                    String body = Files.readString(Path.of(file));
                    Stats s = text.analyze(body);
                    System.out.printf("%s: %d characters, %d words, %d lines, %d sentences%n",
                            file, s.characters(), s.words(), s.lines(), s.sentences());
                    System.out.println("  top words: " + format(text.topWords(body, 5)));
                    index.add(file, body);
                }
                String query = Files.readString(Path.of(args[0])).lines().findFirst().orElse("");
                System.out.println("files containing all of \"" + query.strip() + "\": " + index.search(query));
            }
        }
    }

    private static void demo(TextLib.Text text) throws WrapException {
        Stats s = text.analyze(SAMPLE);
        System.out.printf("stats:     %d characters, %d words, %d lines, %d sentences%n",
                s.characters(), s.words(), s.lines(), s.sentences());
        System.out.println("top words: " + format(text.topWords(SAMPLE, 4)));
        System.out.println("slug:      " + text.slugify("Crème brûlée — a recipe (2026 edition)"));
        System.out.println("wrapped to 32 columns:");
        for (String line : text.wrap(SAMPLE, 32)) System.out.println("  | " + line);
        try {
            text.wrap("supercalifragilistic", 8);
        } catch (WrapException e) {
            System.out.println("wrap error: " + e.error());
        }
        try (Index index = text.newIndex()) {
            index.add("fruit", "apples and pears, apples and plums");
            index.add("veg", "carrots and peas");
            index.add("pie", "apple pie needs apples");
            System.out.println("index of " + index.size() + ", search \"apples\": " + index.search("apples"));
        }
    }

    static String format(List<WordCount> counts) {
        StringBuilder b = new StringBuilder();
        for (WordCount c : counts) {
            if (!b.isEmpty()) b.append(", ");
            b.append(c.word()).append(" ×").append(c.count());
        }
        return b.toString();
    }
}
