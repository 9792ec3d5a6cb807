package de.tenor.index;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17: old and new spellings get one key in every text field, at index and at query time. */
class SpellingVariantFilterTest {

    @ParameterizedTest
    @CsvSource({
            "Schiffahrt, Schifffahrt",
            "selbständig, selbstständig",
            "Selbständiger, Selbstständiger",
            "daß, dass",
            "aufwendige, aufwändige",
            "substantiiert, substanziiert",
            "potentiell, potenziell",
            "plaziert, platziert",
            "numeriert, nummeriert"})
    void either_spelling_finds_the_other(String old, String reformed) throws IOException {
        for (String field : List.of(IndexFields.TEXT, IndexFields.ALL_PARTS)) {
            // The index may hold compound parts of one spelling in addition ("schifffahrt" → schiff, fahrt).
            assertTrue(terms(TenorAnalyzer.create(), field, old).containsAll(terms(TenorAnalyzer.exactForQuery(), field, reformed)),
                    field + ": " + reformed + " finds " + old);
            assertTrue(terms(TenorAnalyzer.create(), field, reformed).containsAll(terms(TenorAnalyzer.exactForQuery(), field, old)),
                    field + ": " + old + " finds " + reformed);
        }
    }

    @ParameterizedTest
    @CsvSource({"Aufwand, aufwendig", "Stadt, Staat", "Potenz, Potential"})
    void other_words_stay_apart(String a, String b) throws IOException {
        assertNotEquals(terms(TenorAnalyzer.create(), IndexFields.TEXT, a), terms(TenorAnalyzer.create(), IndexFields.TEXT, b));
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
