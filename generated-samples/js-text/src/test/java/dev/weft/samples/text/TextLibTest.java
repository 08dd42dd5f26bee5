package dev.weft.samples.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JavaScript library through its generated bindings. The expected values are what the same
 * component returns when transpiled by jco and run on node.
 */
class TextLibTest {
    private static TextLib lib;
    private static TextLib.Text text;

    @BeforeAll
    static void load() {
        lib = Main.load();
        text = lib.text();
    }

    @AfterAll
    static void close() {
        if (lib != null) lib.close();
    }

    @Test
    void analyzeCountsCodePointsWordsLinesAndSentences() {
        assertEquals(new Stats(0, 0, 0, 0), text.analyze(""));
        assertEquals(new Stats(14, 3, 3, 1), text.analyze("one\ntwo\r\nthree"));
        assertEquals(new Stats(13, 2, 1, 1), text.analyze("héllo wörld 👋"));
        assertEquals(new Stats(19, 3, 1, 3), text.analyze("Wait... what?! Yes."));
    }

    @Test
    void topWordsAreLowerCasedMostFrequentFirstTiesAlphabetical() {
        assertEquals(List.of(new WordCount("a", 3), new WordCount("b", 2), new WordCount("c", 1)),
                text.topWords("b a c b a a", 10));
        assertEquals(List.of(new WordCount("it", 1), new WordCount("it's", 1), new WordCount("its", 1)),
                text.topWords("It's its IT", 5));
        assertEquals(List.of(), text.topWords("x", 0));
    }

    @Test
    void slugifyDropsAccentsAndPunctuation() {
        assertEquals("creme-brulee-a-recipe-2026-edition", text.slugify("Crème brûlée — a recipe (2026 edition)"));
        assertEquals("hello-world", text.slugify("  --Hello,   World!-- "));
        assertEquals("", text.slugify("日本語"));
    }

    @Test
    void wrapBreaksGreedilyAndReportsImpossibleWidths() throws WrapException {
        assertEquals(List.of("the quick", "brown fox", "jumps over", "the lazy", "dog"),
                text.wrap("the quick brown fox jumps over the lazy dog", 10));
        assertEquals(List.of(), text.wrap("", 5));
        assertEquals(List.of("a", "b"), text.wrap("  a  b  ", 1));
        assertEquals("width must be at least 1", assertThrows(WrapException.class, () -> text.wrap("abc", 0)).error());
        assertEquals("word \"supercalifragilistic\" is longer than 8",
                assertThrows(WrapException.class, () -> text.wrap("supercalifragilistic", 8)).error());
    }

    @Test
    void indexFindsDocumentsWithEveryQueryWordBestFirst() {
        try (Index index = text.newIndex()) {
            index.add("fruit", "apples and pears, apples and plums");
            index.add("veg", "carrots and peas");
            index.add("pie", "apple pie needs apples");
            assertEquals(3, index.size());
            assertEquals(List.of("fruit", "pie"), index.search("apples"));
            assertEquals(List.of("fruit", "veg"), index.search("and"));
            assertEquals(List.of("fruit"), index.search("APPLES pears"));
            assertEquals(List.of(), index.search(""));
            assertEquals(List.of(), index.search("kiwi"));
            index.add("veg", "apples apples apples");
            assertEquals(List.of("veg", "fruit", "pie"), index.search("apples"));
            assertEquals(3, index.size());
        }
    }

    @Test
    void formatListsWordsWithCounts() {
        assertEquals("are ×3, its ×3", Main.format(List.of(new WordCount("are", 3), new WordCount("its", 3))));
    }
}
