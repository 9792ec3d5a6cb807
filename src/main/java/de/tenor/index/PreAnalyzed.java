package de.tenor.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;

/**
 * Issue 21: a Lucene document whose text fields were analysed ahead, on the thread that read the
 * source. An {@code IndexWriter} fed in order by one thread analyses every field on that thread —
 * German stemming, compound splitting and spelling variants over three copies of each text made
 * {@code tenor index} single-core. Analysing on the reader threads and handing the writer the
 * captured tokens keeps the documents' order (and so their ids and ranking ties) and indexes exactly
 * the same terms, positions and offsets. Only what indexing reads is kept of each token: the term,
 * its position increment and its offsets; a stream that sets payloads or term frequencies is left
 * for the writer to analyse.
 */
final class PreAnalyzed {

    private PreAnalyzed() {
    }

    /** {@code doc} with each analysed text field replaced by its captured tokens (and a stored copy when it was stored). */
    static Document of(Document doc, Analyzer analyzer) throws IOException {
        Document out = new Document();
        for (IndexableField field : doc.getFields()) {
            Tokens tokens = analysable(field)
                    ? Tokens.capture(analyzer, field.name(), field.stringValue(), termsOnly(field.fieldType())) : null;
            if (tokens == null) {
                out.add(field);
                continue;
            }
            if (field.fieldType().stored()) {
                out.add(new StoredField(field.name(), field.stringValue()));
            }
            FieldType indexedOnly = new FieldType(field.fieldType());
            indexedOnly.setStored(false);
            indexedOnly.freeze();
            out.add(new Field(field.name(), tokens.replay(), indexedOnly));
        }
        return out;
    }

    private static boolean analysable(IndexableField field) {
        return field instanceof Field f && f.fieldType().indexOptions() != IndexOptions.NONE && f.fieldType().tokenized()
                && f.stringValue() != null && f.readerValue() == null && f.tokenStreamValue() == null;
    }

    /**
     * True when the index keeps of the field only which terms a document has: no frequencies,
     * positions, offsets or length (norms). Then each distinct term is handed over once: the
     * {@code spell} field's title and full text repeat most words, and each repeat was a lookup in
     * the writer's term hash on the one writer thread (issue 21).
     */
    static boolean termsOnly(IndexableFieldType type) {
        return type.indexOptions() == IndexOptions.DOCS && type.omitNorms() && !type.storeTermVectors();
    }

    /** One field's tokens, packed into arrays (a text of 100 KB gives some 15,000 tokens). */
    static final class Tokens {
        private char[] chars = new char[256];
        private int used;
        private int count;
        private int[] termStart = new int[64];
        private int[] termLength = new int[64];
        private int[] positionIncrement = new int[64];
        private int[] startOffset = new int[64];
        private int[] endOffset = new int[64];
        private int finalPositionIncrement;
        private int finalOffset;

        /** The tokens {@code analyzer} gives for the value, or null when a token carries more than indexing keeps. */
        static Tokens capture(Analyzer analyzer, String field, String value) throws IOException {
            return capture(analyzer, field, value, false);
        }

        /** @param distinct keep only the first token of each term (see {@link #termsOnly}) */
        static Tokens capture(Analyzer analyzer, String field, String value, boolean distinct) throws IOException {
            Tokens tokens = new Tokens();
            CharArraySet seen = distinct ? new CharArraySet(256, false) : null;
            try (TokenStream stream = analyzer.tokenStream(field, value)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                PayloadAttribute payload = stream.getAttribute(PayloadAttribute.class);
                TermFrequencyAttribute frequency = stream.getAttribute(TermFrequencyAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (payload != null && payload.getPayload() != null
                            || frequency != null && frequency.getTermFrequency() != 1) {
                        return null;
                    }
                    if (seen != null) {
                        if (seen.contains(term.buffer(), 0, term.length())) {
                            continue; // positions are not indexed, so the next token's increment needs no correction
                        }
                        seen.add(Arrays.copyOf(term.buffer(), term.length()));
                    }
                    tokens.add(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
                }
                stream.end();
                tokens.finalPositionIncrement = increment.getPositionIncrement();
                tokens.finalOffset = offset.endOffset();
            }
            return tokens;
        }

        private void add(CharTermAttribute term, int increment, int start, int end) {
            if (count == termStart.length) {
                int n = count * 2;
                termStart = Arrays.copyOf(termStart, n);
                termLength = Arrays.copyOf(termLength, n);
                positionIncrement = Arrays.copyOf(positionIncrement, n);
                startOffset = Arrays.copyOf(startOffset, n);
                endOffset = Arrays.copyOf(endOffset, n);
            }
            if (used + term.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + term.length()));
            }
            System.arraycopy(term.buffer(), 0, chars, used, term.length());
            termStart[count] = used;
            termLength[count] = term.length();
            positionIncrement[count] = increment;
            startOffset[count] = start;
            endOffset[count] = end;
            used += term.length();
            count++;
        }

        int size() {
            return count;
        }

        TokenStream replay() {
            return new Replay(this);
        }
    }

    /** Plays captured tokens back to the index writer. */
    private static final class Replay extends TokenStream {
        private final Tokens tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        Replay(Tokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.count) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(tokens.chars, tokens.termStart[next], tokens.termLength[next]);
            increment.setPositionIncrement(tokens.positionIncrement[next]);
            offset.setOffset(tokens.startOffset[next], tokens.endOffset[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(tokens.finalPositionIncrement);
            offset.setOffset(tokens.finalOffset, tokens.finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
