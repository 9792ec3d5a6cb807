package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The whitespace rules every reader relies on, checked against a plain regex statement of them on random strings. */
class TextsTest {

    private static final String SPACES = "[ \\t\\n\\r\\f\\u000B\\u00A0\\u2007\\u2009\\u202F\\u200B]+";
    private static final char[] ALPHABET = {'a', 'Z', 'ß', '§', '1', '.', ' ', ' ', ' ', '\t', '\n', '\r', '\u00A0',
            '\u2007', '\u2009', '\u202F', '\u200B', '\u00AD', '\f'};

    private static String reference(String s) {
        return s.replace("\u00AD", "").replaceAll(SPACES, " ").strip().replaceAll("^ | $", "");
    }

    @Test
    void normalize_space_joins_runs_of_any_space_and_drops_soft_hyphens() {
        SplittableRandom random = new SplittableRandom(21);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(0, 12);
            for (int k = 0; k < length; k++) {
                b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = b.toString();
            String expected = reference(s);
            assertEquals(expected, Texts.normalizeSpace(s), () -> "'" + s + "'");
            assertEquals(expected.isEmpty(), Texts.isBlank(s), () -> "'" + s + "'");
        }
        assertEquals("Az. S 31 AS 3040/24 ER", Texts.normalizeSpace("Az.\u00A0S 31  AS 3040/24\u202FER "));
        assertEquals("", Texts.normalizeSpace(null));
    }

    /** The sentence boundary is a hand-written scan now; the regex it replaced is the reference. */
    @Test
    void sentence_boundaries_are_where_the_former_regex_found_them() {
        java.util.regex.Pattern boundary = java.util.regex.Pattern.compile(
                "(?<=[.!?;])\\s+(?=(?:\\d{1,2}\\.\\s+|[IVX]{1,4}\\.\\s+)?[A-ZÄÖÜ§])");
        char[] alphabet = {'a', 'D', 'I', 'V', 'Ä', 'ß', '§', '1', '2', '3', '.', '.', '!', '?', ';', ',', ' ', ' ', ' '};
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(2, 16);
            for (int k = 0; k < length; k++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String line = Texts.normalizeSpace(b.toString());
            java.util.List<Integer> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = boundary.matcher(line);
            while (m.find()) {
                expected.add(m.start());
            }
            java.util.List<Integer> actual = new java.util.ArrayList<>();
            for (int space = line.indexOf(' '); space > 0; space = line.indexOf(' ', space + 1)) {
                if (Sentences.isBoundary(line, space)) {
                    actual.add(space);
                }
            }
            assertEquals(expected, actual, () -> "'" + line + "'");
        }
    }
}
