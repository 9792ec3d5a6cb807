package de.tenor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.extract.DocType;
import de.tenor.extract.DocketParser;
import de.tenor.extract.Document;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scale corpus is reproducible and looks like Tenor's real documents (issue 9). */
class ScaleCorpusTest {

    private final ScaleCorpus corpus = new ScaleCorpus(42);

    @Test
    void same_seed_and_number_give_the_same_document_in_any_order() {
        Document later = corpus.document(1234);
        corpus.document(7);
        assertEquals(later, new ScaleCorpus(42).document(1234));
        assertNotEquals(later.text(), new ScaleCorpus(43).document(1234).text());
    }

    @Test
    void mix_of_rulings_and_news_with_parsable_dockets_and_realistic_length() {
        DocketParser dockets = new DocketParser();
        Map<DocType, Integer> types = new HashMap<>();
        long chars = 0;
        for (int i = 0; i < 1000; i++) {
            Document d = corpus.document(i);
            types.merge(d.type(), 1, Integer::sum);
            chars += d.text().length();
            if (d.type() == DocType.RULING) {
                assertTrue(dockets.parse(d.ruling().docket()).isPresent(), d.ruling().docket());
                assertEquals(dockets.normalize(d.ruling().docket()), d.ruling().docketNormalized());
                assertTrue(d.text().contains(d.ruling().docket()), "a ruling prints its docket: " + d.ruling().docket());
            }
        }
        assertTrue(types.get(DocType.RULING) > 800 && types.get(DocType.NEWS) > 100, types.toString());
        long average = chars / 1000;
        assertTrue(average > 3_000 && average < 10_000, "average text length " + average);
    }
}
