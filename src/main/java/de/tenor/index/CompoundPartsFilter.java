package de.tenor.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps every token and adds the parts of a German compound at the same position (position
 * increment 0, same offsets), so "Eigenschaft" finds "Arbeitnehmereigenschaft" and a phrase over
 * the original words still matches. Index time only: a query must not be split, or
 * "Arbeitnehmereigenschaft" would also match every text that says "Arbeitnehmer" and "Eigenschaft".
 * Expects lower-case input.
 */
final class CompoundPartsFilter extends TokenFilter {

    private final CompoundSplitter splitter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State original;

    CompoundPartsFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(original);
            term.setEmpty().append(pending.poll());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= CompoundSplitter.MIN_WORD_CHARS) { // shorter words are no compounds: no String for them
            pending.addAll(splitter.parts(term.toString()));
        }
        if (!pending.isEmpty()) {
            original = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        original = null;
    }
}
