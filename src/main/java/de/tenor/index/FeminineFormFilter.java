package de.tenor.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Folds feminine person nouns onto the masculine form: "antragstellerin", "arbeitnehmerinnen" →
 * "antragsteller", "arbeitnehmer". Rulings name the EU citizen in either form, and the Snowball
 * stemmer does not touch "-in"/"-innen". Only "-erin"/"-erinnen" endings of longer words are
 * folded, which in legal German are almost always such nouns. Expects lower-case input.
 */
final class FeminineFormFilter extends TokenFilter {

    private static final int MIN_CHARS = 7;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    FeminineFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || term.length() < MIN_CHARS) {
            return true;
        }
        String t = term.toString();
        if (t.endsWith("erinnen")) {
            term.setLength(term.length() - 5);
        } else if (t.endsWith("erin")) {
            term.setLength(term.length() - 2);
        }
        return true;
    }
}
