package de.tenor.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Flips the keyword mark of every token. After {@code KeywordRepeatFilter} and a first stemmer,
 * this lets a second stemmer work on the copy the first one left alone, so one stream carries
 * both stems of each word (see {@link TenorAnalyzer#forHighlighting()}).
 */
final class InvertKeywordFilter extends TokenFilter {

    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    InvertKeywordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        keyword.setKeyword(!keyword.isKeyword());
        return true;
    }
}
