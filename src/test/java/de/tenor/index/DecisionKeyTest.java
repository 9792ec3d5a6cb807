package de.tenor.index;

import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: one document per decision — but a wrong ECLI must not make two decisions one. */
class DecisionKeyTest {

    private static Document ruling(String id, String docket, LocalDate date, String ecli) {
        Document.Builder b = Document.builder(id, DocType.RULING);
        b.court("SG Gelsenkirchen");
        b.docket(docket);
        b.docketNormalized(docket);
        b.date(date);
        b.ecli(ecli);
        b.text("Text von " + id);
        return b.build();
    }

    @Test
    void the_same_own_ecli_is_one_decision_even_with_another_court_spelling() {
        String ecli = "ECLI:DE:SGGE:2024:0312.S31AS3040.24ER.00";
        Document a = ruling("a", "S 31 AS 3040/24 ER", LocalDate.of(2024, 3, 12), ecli);
        Document.Builder b = ruling("b", "S 31 AS 3040/24 ER", LocalDate.of(2024, 3, 12), ecli).toBuilder();
        b.court("Sozialgericht Gelsenkirchen");
        assertTrue(DecisionKey.same(a, b.build()));
    }

    @Test
    void a_placeholder_ecli_shared_by_different_decisions_does_not_merge_them() {
        String placeholder = "ECLI:DE:XX:2024:0000.X.00";
        Document a = ruling("a", "S 31 AS 3040/24 ER", LocalDate.of(2024, 3, 12), placeholder);
        Document b = ruling("b", "S 49 AS 1234/24 ER", LocalDate.of(2024, 5, 6), placeholder);
        assertFalse(DecisionKey.same(a, b));
    }

    /** The text key must stay what the regex gave, or records written before would stop matching. */
    @Test
    void the_text_key_keeps_letters_and_numbers_of_every_script_like_the_regex() {
        String text = "Az. S 31 AS 3040/24 ER – § 7 Abs. 1 S. 2 SGB II; Straße, ÄÖÜ, ǅ, ², Ⅻ, \uD835\uDFD9 (math 1), "
                + "\uD83D\uDE00 emoji, e\u0301 (combining), 中文, \u00A0no-break\u200Bzero-width, \u00ADsoft hyphen";
        assertEquals(text.replaceAll("[^\\p{L}\\p{N}]", ""), DecisionKey.lettersAndDigits(text));
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int n = 0; n < 200; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                s.appendCodePoint(random.nextInt(0, 0x1FFFF));
            }
            String sample = s.toString();
            assertEquals(sample.replaceAll("[^\\p{L}\\p{N}]", ""), DecisionKey.lettersAndDigits(sample), sample);
        }
    }
}
