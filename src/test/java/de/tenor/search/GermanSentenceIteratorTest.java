package de.tenor.search;

import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import de.tenor.index.RealDecisions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GermanSentenceIteratorTest {

    @Test
    void abbreviationsDatesAndOrdinalsStayInsideTheSentence() {
        assertEquals(List.of(
                        "Der Kläger hat nach § 7 Abs. 1 S. 2 Nr. 2 SGB II keinen Anspruch. ",
                        "Vgl. BVerwG, Urteil vom 12. März 2019 - 1 C 2.19 - juris Rn. 15. ",
                        "Die Beklagte (Az. 22 L 25/22) u. a. entschied am 3. Mai. ",
                        "So z. B. Herr Dr. Müller vor dem 1. Senat. ",
                        "Er „lebt“ hier! ",
                        "Wirklich? ",
                        "(Ja.) ",
                        "Er sagt: \"Nein.\" ",
                        "Dann 2019. 2. ",
                        "Punkt ...und dann Aber … ",
                        "So"),
                sentences("Der Kläger hat nach § 7 Abs. 1 S. 2 Nr. 2 SGB II keinen Anspruch. Vgl. BVerwG, Urteil vom "
                        + "12. März 2019 - 1 C 2.19 - juris Rn. 15. Die Beklagte (Az. 22 L 25/22) u. a. entschied am 3. Mai. "
                        + "So z. B. Herr Dr. Müller vor dem 1. Senat. Er „lebt“ hier! Wirklich? (Ja.) Er sagt: \"Nein.\" "
                        + "Dann 2019. 2. Punkt ...und dann Aber … So"));
    }

    @Test
    void paragraphsAndLinesBeforeACapitalEndSentences() {
        assertEquals(List.of("Tenor\n", "Die Klage wird abgewiesen\n", "Der Kläger trägt die Kosten\n\n", "Gründe\n", "I.\nder Text geht weiter\n\n", "1 Er lebt hier."),
                sentences("Tenor\nDie Klage wird abgewiesen\nDer Kläger trägt die Kosten\n\nGründe\nI.\nder Text geht weiter\n\n1 Er lebt hier."));
    }

    @Test
    void edgesOfTheText() {
        GermanSentenceIterator it = new GermanSentenceIterator();
        it.setText("");
        assertEquals(0, it.first());
        assertEquals(BreakIterator.DONE, it.next());
        assertEquals(BreakIterator.DONE, it.following(0));
        assertEquals(BreakIterator.DONE, it.preceding(0));
        it.setText("  Leerzeichen davor. Und danach.  ");
        assertEquals(List.of(0, 21, 34), walk(it));
        assertEquals(34, it.last());
        assertEquals(21, it.previous());
        assertEquals(0, it.previous());
        assertEquals(BreakIterator.DONE, it.previous());
    }

    /**
     * {@code following}, {@code preceding} and {@code isBoundary} answer from the text around the offset; they
     * must agree with a walk over the whole text, on real rulings (the 50 bverwg.de pages) and on text written here.
     */
    @Test
    void randomAccessAgreesWithTheWalkOnRealRulings() throws Exception {
        List<String> texts = new ArrayList<>(realTexts());
        texts.add("Satz eins. Satz zwei!\n\nAbsatz „drei“? Ja. Vgl. S. 3. Ende");
        Random random = new Random(7);
        GermanSentenceIterator it = new GermanSentenceIterator();
        for (String text : texts) {
            it.setText(text);
            TreeSet<Integer> walked = new TreeSet<>(walk(it));
            assertEquals(0, walked.first());
            assertEquals(text.length(), walked.last());
            for (int i = 0; i < 300; i++) {
                int offset = random.nextInt(text.length() + 1);
                Integer after = walked.higher(offset);
                Integer before = walked.lower(offset);
                assertEquals(after == null ? BreakIterator.DONE : after, it.following(offset), "following " + offset);
                assertEquals(before == null ? BreakIterator.DONE : before, it.preceding(offset), "preceding " + offset);
                assertEquals(walked.contains(offset), it.isBoundary(offset), "isBoundary " + offset);
            }
        }
    }

    /** On real rulings no sentence starts with a month after a date's day or right after "vgl." (the JDK's iterator does both). */
    @Test
    void realRulingsKeepDatesAndCitationsTogether() throws Exception {
        List<String> texts = realTexts();
        int dates = 0;
        GermanSentenceIterator it = new GermanSentenceIterator();
        for (String text : texts) {
            dates += text.split("\\d\\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)", -1).length - 1;
            it.setText(text);
            List<Integer> bounds = walk(it);
            for (int i = 0; i + 1 < bounds.size(); i++) {
                String sentence = text.substring(bounds.get(i), bounds.get(i + 1));
                assertTrue(!sentence.matches("(?s)(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) .*"),
                        "a sentence starts with a month: " + sentence);
                assertTrue(!sentence.strip().matches("(?i)(vgl|abs|nr|rn|az)\\."), "a sentence is an abbreviation alone: " + sentence);
            }
        }
        assertTrue(dates > 100, "the real rulings hold dates: " + dates);
    }

    private static List<String> sentences(String text) {
        GermanSentenceIterator it = new GermanSentenceIterator();
        it.setText(text);
        List<Integer> bounds = walk(it);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            out.add(text.substring(bounds.get(i), bounds.get(i + 1)));
        }
        return out;
    }

    private static List<Integer> walk(BreakIterator it) {
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }

    private static List<String> realTexts() throws IOException, ExtractionException {
        List<Path> pages = RealDecisions.bverwgPages("GermanSentenceIteratorTest", "skipping the tests on real rulings");
        Assumptions.assumeFalse(pages.isEmpty(), "../shared not present: skipping the real bverwg.de rulings");
        List<String> texts = new ArrayList<>();
        try (Extractor extractor = new Extractor()) {
            for (Path page : pages) {
                texts.add(extractor.extract(Files.readAllBytes(page), page.getFileName().toString(),
                        "corpus:bverwg/" + page.getFileName(), Instant.parse("2026-01-15T12:00:00Z")).text());
            }
        }
        assertEquals(50, texts.size());
        return texts;
    }
}
