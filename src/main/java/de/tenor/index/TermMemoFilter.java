package de.tenor.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Issue 21: runs a chain of word-by-word filters (compound parts, folding, spelling variants,
 * stemming) once per distinct word instead of once per occurrence. Legal German repeats its words,
 * within a ruling and from ruling to ruling, and stemming and splitting every occurrence was most of
 * the analysis time of {@code tenor index}. The chain itself runs unchanged on a one-word stream and
 * its terms are remembered, so the tokens are those of the plain chain: the word's own term, then
 * any further terms (compound parts) at the same position with the word's offsets.
 *
 * <p>Only for chains whose result depends on nothing but the word, that keep every word and add
 * tokens only at its position, and that change nothing but the term: no synonyms (they add
 * tokens at other positions), and no keyword marks upstream (the stemmers read them; the one-word
 * stream never sets one). One instance belongs to one thread's reused analysis components, so its
 * memo needs no locking.
 */
final class TermMemoFilter extends TokenFilter {

    /** Distinct words an index build's thread remembers (some 15 MB); later new words are analysed each time. The first ones seen are the frequent ones. */
    static final int MAX_WORDS = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final CharArrayMap<char[][]> memo = new CharArrayMap<>(1024, false);
    private final OneWord word = new OneWord();
    private final TokenStream chain;
    private final int maxWords;
    private final CharTermAttribute chainTerm;
    private final PositionIncrementAttribute chainIncrement;
    /** The current word's further terms, and its attributes to give them. */
    private char[][] pending;
    private int next;
    private State original;

    /**
     * @param chain builds the word-by-word filters on top of the stream it is given
     * @param maxWords how many distinct words this instance remembers at most
     */
    TermMemoFilter(TokenStream input, UnaryOperator<TokenStream> chain, int maxWords) {
        super(input);
        this.maxWords = maxWords;
        this.chain = chain.apply(word);
        this.chainTerm = this.chain.getAttribute(CharTermAttribute.class);
        this.chainIncrement = this.chain.addAttribute(PositionIncrementAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && next < pending.length) {
            restoreState(original);
            term.copyBuffer(pending[next], 0, pending[next].length);
            increment.setPositionIncrement(0);
            next++;
            return true;
        }
        pending = null;
        if (!input.incrementToken()) {
            return false;
        }
        char[][] terms = memo.get(term.buffer(), 0, term.length());
        if (terms == null) {
            terms = analyse(term.buffer(), term.length());
            if (memo.size() < maxWords) {
                memo.put(Arrays.copyOf(term.buffer(), term.length()), terms);
            }
        }
        if (terms.length > 1) {
            original = captureState();
            pending = terms;
            next = 1;
        }
        term.copyBuffer(terms[0], 0, terms[0].length);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        original = null;
    }

    private char[][] analyse(char[] buffer, int length) throws IOException {
        word.set(buffer, length);
        List<char[]> terms = new ArrayList<>(1);
        chain.reset();
        while (chain.incrementToken()) {
            if (!terms.isEmpty() && chainIncrement.getPositionIncrement() != 0) {
                throw new IllegalStateException("a word-by-word filter added a position to \"" + new String(buffer, 0, length) + "\"");
            }
            terms.add(Arrays.copyOf(chainTerm.buffer(), chainTerm.length()));
        }
        chain.end();
        if (terms.isEmpty()) {
            throw new IllegalStateException("a word-by-word filter dropped \"" + new String(buffer, 0, length) + "\"");
        }
        return terms.toArray(new char[0][]);
    }

    /** A stream of one given word, the input of the memoised chain. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] buffer;
        private int length;
        private boolean done;

        void set(char[] buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
