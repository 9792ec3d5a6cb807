package de.tenor.search;

import de.tenor.index.IndexFields;
import de.tenor.index.TenorAnalyzer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the typed query into a Lucene query (syntax and fields: {@link TenorQueryParser}), and
 * puts the exact decision first when the query contains its docket or ECLI in any spelling
 * ("8K1598/22", "8 K 1598 / 22"). Bounded: at most {@link QueryText#MAX_WORDS} words,
 * {@link QueryText#MAX_NESTING} bracket levels and {@link #MAX_CLAUSES} leaf clauses; anything
 * beyond is an {@link InvalidQueryException} with a German message. Thread-safe.
 */
public final class QueryFactory {

    /** Below Lucene's default limit of 1024, which would otherwise fail the search itself. */
    static final int MAX_CLAUSES = 1000;
    /** Bonus of a decision that cites a searched docket or EuGH case; its text decides the order among them. */
    static final float CITED_BOOST = 2f;
    /** Score of the decision whose own docket or ECLI was typed: above everything else. */
    static final float EXACT_BOOST = 1000f;

    private final Analyzer withSynonyms;
    private final Analyzer exact;
    private final TenorQueryParser.Weights weights;

    public QueryFactory(SynonymMap synonyms) {
        this(synonyms, TenorQueryParser.Weights.DEFAULT);
    }

    QueryFactory(SynonymMap synonyms, TenorQueryParser.Weights weights) {
        this.withSynonyms = TenorAnalyzer.forQuery(synonyms);
        this.exact = TenorAnalyzer.exactForQuery();
        this.weights = weights;
    }

    /** With the legal synonyms shipped in {@code search/synonyms.txt}. */
    public static QueryFactory standard() {
        return new QueryFactory(LegalSynonyms.standard());
    }

    /** The relevance part of the query, without facet or date filters (what the highlighter sees). */
    public Query userQuery(String text) {
        return parsing(text).user();
    }

    /**
     * Issue 21: the user query and, when asked for, its {@link #allWordsQuery} from one analysis of
     * each word (the two differ only in how many words must match). Not thread-safe; one per request.
     */
    public Parsing parsing(String text) {
        return new Parsing(text);
    }

    /** See {@link #parsing}. */
    public final class Parsing {
        private final String text;
        private final Map<TenorQueryParser.Analysis, Optional<Query>> analysed = new HashMap<>();
        private QueryText prepared;

        private Parsing(String text) {
            this.text = text;
        }

        private QueryText prepared() {
            if (prepared == null) {
                prepared = QueryText.prepare(text);
            }
            return prepared;
        }

        /** As {@link #userQuery}. */
        public Query user() {
            if (text.isBlank()) {
                return new MatchAllDocsQuery();
            }
            return userQuery(text, prepared(), prepared().plainWords()
                    ? TenorQueryParser.Matching.MOST_WORDS : TenorQueryParser.Matching.EVERY_WORD, analysed);
        }

        /** As {@link #allWordsQuery}. */
        public Optional<Query> allWords() {
            if (text.isBlank()) {
                return Optional.empty();
            }
            long words = java.util.Arrays.stream(QueryStopwords.strip(prepared().text().replaceAll("\"[^\"]*\"", " ")).split("\\s+"))
                    .filter(w -> !w.isBlank()).count();
            if (!prepared().plainWords() || TenorQueryParser.Matching.required((int) words) == words) {
                return Optional.empty();
            }
            return Optional.of(userQuery(text, prepared(), TenorQueryParser.Matching.MEANINGFUL_WORDS, analysed));
        }
    }

    /**
     * For a query of plain words where a match may miss one (issue 17): the same query with every
     * meaningful word required, to count the complete matches. Empty when every match is complete.
     */
    public java.util.Optional<Query> allWordsQuery(String text) {
        return parsing(text).allWords();
    }

    private Query userQuery(String text, QueryText prepared, TenorQueryParser.Matching matching,
                            Map<TenorQueryParser.Analysis, Optional<Query>> analysed) {
        Query parsed = parse(text, prepared, true, matching, analysed);
        if (clauses(parsed) > MAX_CLAUSES) {
            // Long queries with many synonyms: rank by the recall field alone rather than refuse.
            parsed = parse(text, prepared, false, matching, analysed);
            if (clauses(parsed) > MAX_CLAUSES) {
                throw QueryText.invalid(text, "Sie ist zu umfangreich.", "Verwenden Sie weniger Wörter oder ODER-Verknüpfungen.");
            }
        }
        if (prepared.identifiers().isEmpty()) {
            return parsed;
        }
        // The decision with a typed docket or ECLI comes first even if other words miss it.
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD);
        for (Identifier id : prepared.identifiers()) {
            b.add(new BoostQuery(new ConstantScoreQuery(exactDecision(id)), EXACT_BOOST), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** Adds the from/to date range as a non-scoring filter. */
    public Query withDateRange(Query base, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return base;
        }
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return new BooleanQuery.Builder()
                .add(base, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(IndexFields.DATE_DAY, lo, hi), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * Issue 11: {@code base} restricted to rulings whose weekly hours overlap and whose monthly pay
     * lies in the ranges; a non-scoring filter like the date range.
     */
    public Query withFactRanges(Query base, FactFilter facts) {
        if (facts == null || facts.isEmpty()) {
            return base;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
        if (facts.hasHours()) {
            b.add(DoubleRange.newIntersectsQuery(IndexFields.WEEKLY_HOURS_RANGE, new double[] {lowest(facts.hoursMin())},
                    new double[] {highest(facts.hoursMax())}), BooleanClause.Occur.FILTER);
        }
        if (facts.hasPay()) {
            b.add(DoublePoint.newRangeQuery(IndexFields.MONTHLY_PAY, lowest(facts.payMin()), highest(facts.payMax())),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static double lowest(Double bound) {
        return bound == null ? Double.NEGATIVE_INFINITY : bound;
    }

    private static double highest(Double bound) {
        return bound == null ? Double.POSITIVE_INFINITY : bound;
    }

    /** The decision that has this docket (suffixes such as "ER" optional), ECLI or EuGH number. */
    static Query exactDecision(Identifier id) {
        return switch (id.kind()) {
            case DOCKET -> anyKey(id, IndexFields.DOCKET_NORMALIZED);
            case ECLI -> new TermQuery(new Term(IndexFields.ECLI, id.key()));
            case EU_CASE -> new TermQuery(new Term(IndexFields.DOCKET_NORMALIZED, id.key()));
        };
    }

    /** A docket in any of its spellings ({@link Identifier#keys()}), suffixes optional. */
    static Query anyKey(Identifier id, String field) {
        if (id.keys().size() == 1) {
            return new PrefixQuery(new Term(field, id.key()));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        id.keys().forEach(k -> b.add(new PrefixQuery(new Term(field, k)), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private Query parse(String original, QueryText prepared, boolean rankingClauses, TenorQueryParser.Matching matching,
                        Map<TenorQueryParser.Analysis, Optional<Query>> analysed) {
        TenorQueryParser parser = new TenorQueryParser(withSynonyms, exact, weights, rankingClauses, matching, analysed);
        try {
            return parser.parse(prepared.text());
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw QueryText.invalid(original, explain(e),
                    "Anführungszeichen und Klammern schließen, * nur am Wortende nach mindestens drei Zeichen verwenden.");
        }
    }

    private static int clauses(Query q) {
        int[] count = {0};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query query) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    private static String explain(Exception e) {
        if (e instanceof TenorQueryParser.GermanParseException) {
            return e.getMessage();
        }
        if (e.getCause() instanceof TenorQueryParser.GermanParseException g) {
            return g.getMessage();
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Encountered \"<EOF>\"") || m.contains("Lexical error")) {
            return "Sie endet unerwartet (offene Klammer oder offenes Anführungszeichen?).";
        }
        if (m.contains("'*'") || m.contains("'?'")) {
            return "Ein Platzhalter (* oder ?) darf nicht am Wortanfang stehen.";
        }
        if (e instanceof IndexSearcher.TooManyClauses) {
            return "Sie ist zu umfangreich.";
        }
        return "Sie ist syntaktisch nicht korrekt.";
    }
}
