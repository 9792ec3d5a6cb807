package de.tenor.search;

import de.tenor.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ExactPhraseMatcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseMatcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PhraseWeight;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * Issue 21: an exact phrase of the full text found through the text's word pairs
 * ({@link IndexFields#TEXT_PAIRS}) and scored exactly as the {@link PhraseQuery} on the text it
 * stands for. A phrase of common words ("ist nicht") read the positions of each word in nearly
 * every document; the pair "ist nicht" is one term with a short postings list, and the words
 * "a b c" stand exactly where the pairs "a b" and "b c" stand one after the other. Matches and their
 * number per document are the phrase's, and the score uses the text's statistics and lengths, so
 * hits, totals and order do not change. Segments without complete pairs (written before the field
 * existed), and highlighting, which needs the words' offsets, read the words as the phrase does.
 */
final class PairPhraseQuery extends Query {

    private final PhraseQuery phrase;
    private final Term[] pairs;

    private PairPhraseQuery(PhraseQuery phrase, Term[] pairs) {
        this.phrase = phrase;
        this.pairs = pairs;
    }

    /**
     * {@code query} itself unless it is an exact phrase of two or more consecutive words of the
     * text; then the same phrase found through the word pairs.
     */
    static Query of(Query query) {
        if (!(query instanceof PhraseQuery p) || p.getSlop() != 0 || !p.getField().equals(IndexFields.TEXT)
                || p.getTerms().length < 2) {
            return query;
        }
        int[] positions = p.getPositions();
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[0] + i) {
                return query; // a gap or a stacked word: pairs of neighbours do not describe it
            }
        }
        Term[] words = p.getTerms();
        Term[] pairs = new Term[words.length - 1];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new Term(IndexFields.TEXT_PAIRS, words[i].text() + " " + words[i + 1].text());
        }
        // Positions from 0, as PhraseQuery's own rewrite would make them.
        return new PairPhraseQuery(new PhraseQuery(IndexFields.TEXT, Arrays.stream(words).map(Term::bytes).toArray(BytesRef[]::new)),
                pairs);
    }

    /**
     * {@code query} with every pair phrase turned back into the phrase of words: the highlighter
     * marks phrases only in the queries it knows.
     */
    static Query asWordPhrases(Query query) {
        if (query instanceof PairPhraseQuery pair) {
            return pair.phrase;
        }
        if (query instanceof BoostQuery boosted) {
            Query inner = asWordPhrases(boosted.getQuery());
            return inner == boosted.getQuery() ? query : new BoostQuery(inner, boosted.getBoost());
        }
        if (query instanceof ConstantScoreQuery constant) {
            Query inner = asWordPhrases(constant.getQuery());
            return inner == constant.getQuery() ? query : new ConstantScoreQuery(inner);
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : bool.clauses()) {
                Query inner = asWordPhrases(c.query());
                changed |= inner != c.query();
                b.add(inner, c.occur());
            }
            return changed ? b.build() : query;
        }
        return query;
    }

    /**
     * The phrase's weight on the text field (whose lengths the scorer reads, as the phrase's does),
     * with the pairs' postings where a segment has them. An anonymous class as in PhraseQuery: the
     * super constructor already asks for the statistics, which use {@code boost} and {@code scoreMode}.
     */
    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new PhraseWeight(this, IndexFields.TEXT, searcher, scoreMode) {
            private TermStates[] wordStates;
            private TermStates[] pairStates;
            private Similarity.SimScorer simScorer;

            /** As PhraseQuery's: BM25 over the text's statistics and the words' document frequencies. */
            @Override
            protected Similarity.SimScorer getStats(IndexSearcher searcher) throws IOException {
                Term[] words = phrase.getTerms();
                wordStates = new TermStates[words.length];
                List<TermStatistics> stats = new ArrayList<>();
                for (int i = 0; i < words.length; i++) {
                    wordStates[i] = TermStates.build(searcher, words[i], scoreMode.needsScores());
                    if (scoreMode.needsScores() && wordStates[i].docFreq() > 0) {
                        stats.add(searcher.termStatistics(words[i], wordStates[i].docFreq(), wordStates[i].totalTermFreq()));
                    }
                }
                pairStates = new TermStates[pairs.length];
                for (int i = 0; i < pairs.length; i++) {
                    pairStates[i] = TermStates.build(searcher, pairs[i], false);
                }
                simScorer = stats.isEmpty() ? null : searcher.getSimilarity().scorer(boost,
                        searcher.collectionStatistics(IndexFields.TEXT), stats.toArray(TermStatistics[]::new));
                return simScorer;
            }

            /**
             * A two-word phrase is one pair: its occurrences are the phrase's, so its postings'
             * frequencies are the phrase's and no positions need reading. Scored as the phrase
             * scorer scores: the same BM25 of that frequency and the text's length.
             */
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                if (pairs.length != 1 || !hasPairs(context.reader())) {
                    return super.scorerSupplier(context);
                }
                IOSupplier<TermState> supplier = pairStates[0].get(context);
                TermState state = supplier == null ? null : supplier.get();
                if (state == null) {
                    return null;
                }
                TermsEnum te = context.reader().terms(IndexFields.TEXT_PAIRS).iterator();
                te.seekExact(pairs[0].bytes(), state);
                Scorer scorer;
                if (!scoreMode.needsScores() || simScorer == null) {
                    scorer = new ConstantScoreScorer(0f, scoreMode, te.postings(null, PostingsEnum.NONE));
                } else {
                    NumericDocValues norms = context.reader().getNormValues(IndexFields.TEXT);
                    scorer = scoreMode == ScoreMode.TOP_SCORES
                            ? new TermScorer(te.impacts(PostingsEnum.FREQS), simScorer, norms, false)
                            : new TermScorer(te.postings(null, PostingsEnum.FREQS), simScorer, norms);
                }
                long cost = te.docFreq();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return scorer;
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            @Override
            protected PhraseMatcher getPhraseMatcher(LeafReaderContext context, Similarity.SimScorer scorer, boolean exposeOffsets)
                    throws IOException {
                LeafReader reader = context.reader();
                Terms words = reader.terms(IndexFields.TEXT);
                if (words == null) {
                    return null;
                }
                // Offsets (highlighting) are the words'; the pairs hold positions only.
                return !exposeOffsets && hasPairs(reader)
                        ? matcher(context, reader.terms(IndexFields.TEXT_PAIRS), pairs, pairStates, scoreMode, scorer, false)
                        : matcher(context, words, phrase.getTerms(), wordStates, scoreMode, scorer, exposeOffsets);
            }
        };
    }

    /**
     * Whether every document of the segment that has text has its pairs: true unless some were
     * written before the field existed (a document of one word has that word as its pair).
     */
    private static boolean hasPairs(LeafReader reader) throws IOException {
        Terms words = reader.terms(IndexFields.TEXT);
        Terms pairs = reader.terms(IndexFields.TEXT_PAIRS);
        return words != null && pairs != null && pairs.hasPositions() && pairs.getDocCount() == words.getDocCount();
    }

    /** Lucene's exact phrase matcher over {@code terms} at positions 0, 1, …; null when one is missing in the segment. */
    private static PhraseMatcher matcher(LeafReaderContext context, Terms field, Term[] terms, TermStates[] states,
                                         ScoreMode scoreMode, Similarity.SimScorer scorer, boolean exposeOffsets) throws IOException {
        TermsEnum te = field.iterator();
        int flags = exposeOffsets ? PostingsEnum.OFFSETS : PostingsEnum.POSITIONS;
        List<PhraseQuery.PostingsAndFreq> postings = new ArrayList<>(terms.length + 1);
        float matchCost = 0;
        for (int i = 0; i < terms.length; i++) {
            IOSupplier<TermState> supplier = states[i].get(context);
            TermState state = supplier == null ? null : supplier.get();
            if (state == null) {
                return null;
            }
            te.seekExact(terms[i].bytes(), state);
            postings.add(postingsAndFreq(te, flags, scoreMode, i, terms[i]));
            matchCost += PhraseQuery.termPositionsCost(te);
        }
        if (postings.size() == 1) {
            // Lucene's matcher intersects at least two lists: the single pair of a two-word phrase
            // is read twice at the same position, which matches exactly where it occurs (for
            // explanations; searches score a single pair as a term, see scorerSupplier).
            postings.add(postingsAndFreq(te, flags, scoreMode, 0, terms[0]));
        }
        PhraseQuery.PostingsAndFreq[] sorted = postings.toArray(PhraseQuery.PostingsAndFreq[]::new);
        Arrays.sort(sorted);
        return new ExactPhraseMatcher(sorted, scoreMode, scorer, matchCost);
    }

    /** The postings at the enum's current term, with impacts when the best hits are collected by score. */
    private static PhraseQuery.PostingsAndFreq postingsAndFreq(TermsEnum te, int flags, ScoreMode scoreMode, int position, Term term)
            throws IOException {
        if (scoreMode == ScoreMode.TOP_SCORES) {
            ImpactsEnum impacts = te.impacts(flags);
            return new PhraseQuery.PostingsAndFreq(impacts, impacts, position, term);
        }
        PostingsEnum postings = te.postings(null, flags);
        return new PhraseQuery.PostingsAndFreq(postings, new SlowImpactsEnum(postings), position, term);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        // What it matches is the phrase of words (clause counting, term extraction).
        phrase.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return phrase.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && phrase.equals(((PairPhraseQuery) other).phrase);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + phrase.hashCode();
    }
}
