package de.tenor.search;

import de.tenor.index.IndexFields;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic syntax (AND by default, "phrases", OR, NOT/-, field:value, prefix*), with
 * Tenor's fields behind it. Not thread-safe: {@link QueryFactory} makes one per query.
 *
 * <p>Words without a field become two parts: a <em>gate</em> on the recall field
 * ({@code allParts}: compound parts, Snowball stems, synonyms) that decides which documents match
 * (how many words must occur there: {@link Matching}), and <em>ranking</em> clauses on the precise fields (title, Tenor,
 * text, court, city) where each word that occurs as typed adds to the score. So "Eigenschaft" finds
 * "Arbeitnehmereigenschaft", while a ruling that says "Eigenschaft" itself ranks above it.
 *
 * <p>Consecutive words reach {@link #getFieldQuery} together (split on whitespace is off), so
 * multi-word synonyms ("Hartz IV") are recognised. Quoted phrases are exact: precise fields, no
 * synonyms. Field aliases: {@code gericht:}, {@code az:}, {@code stadt:}, {@code ecli:},
 * {@code titel:}, {@code tenor:}, {@code text:}, {@code eugh:}.
 */
final class TenorQueryParser extends QueryParser {

    /** Pseudo field of words typed without a field. */
    static final String DEFAULT_FIELD = "_any";
    static final int MIN_PREFIX_CHARS = 3;
    static final int MAX_WILDCARDS = 3;
    /** How far apart (in positions) words may stand for the proximity bonus. */
    static final int PROXIMITY_SLOP = 6;

    /**
     * Score bonus of a document that has every meaningful word of a {@link Matching#MOST_WORDS}
     * query: more than the words can add up to, so complete matches always rank above those that
     * miss a word (issue 17).
     */
    static final float ALL_WORDS_BONUS = 100f;

    /** How many of the words typed without a field a document must contain. */
    enum Matching {
        /** Every word, stop words included: queries with operators, phrases or fields. */
        EVERY_WORD,
        /** Every word that carries meaning ({@link QueryStopwords}). */
        MEANINGFUL_WORDS,
        /**
         * Of the meaningful words all for one or two, all but one for three or four, 75 % (rounded
         * up) beyond, like Elasticsearch's minimum_should_match; complete matches first.
         */
        MOST_WORDS;

        static int required(int words) {
            if (words <= 2) {
                return words;
            }
            return words <= 4 ? words - 1 : (int) Math.ceil(words * 0.75);
        }
    }

    private final Analyzer withSynonyms;
    private final Analyzer exact;
    private final Weights weights;
    private final boolean rankingClauses;
    private final Matching matching;
    /** Issue 21: analyses shared by the parsers of one request (the user query and its all-words variant). */
    private final Map<Analysis, Optional<Query>> analysed;

    /** What {@link #createFieldQuery} depends on besides the parser's fixed settings. */
    record Analysis(Analyzer analyzer, BooleanClause.Occur operator, String field, String text, boolean quoted, int slop) {
    }

    /** Field weights; all relative to the full text (1.0). */
    record Weights(float recall, float title, float tenor, float text, float court, float city, float proximity) {
        static final Weights DEFAULT = new Weights(0.6f, 1.5f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f);
    }

    /**
     * @param rankingClauses false builds the gate alone (fewer clauses, for very long queries)
     */
    TenorQueryParser(Analyzer withSynonyms, Analyzer exact, Weights weights, boolean rankingClauses, Matching matching) {
        this(withSynonyms, exact, weights, rankingClauses, matching, new HashMap<>());
    }

    /** @param analysed field queries already analysed by a parser of the same analyzers for the same request */
    TenorQueryParser(Analyzer withSynonyms, Analyzer exact, Weights weights, boolean rankingClauses, Matching matching,
                     Map<Analysis, Optional<Query>> analysed) {
        super(DEFAULT_FIELD, withSynonyms);
        this.analysed = analysed;
        this.withSynonyms = withSynonyms;
        this.exact = exact;
        this.weights = weights;
        this.rankingClauses = rankingClauses;
        this.matching = matching;
        setDefaultOperator(Operator.AND);
        setSplitOnWhitespace(false);
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        setAllowLeadingWildcard(false);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return fieldQuery(field, queryText, quoted, 0);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return fieldQuery(field, queryText, true, slop);
    }

    private Query fieldQuery(String field, String text, boolean quoted, int slop) throws ParseException {
        Alias alias = Alias.of(field);
        Optional<Identifier> id = quoted ? Identifier.whole(text) : Optional.empty();
        return switch (alias) {
            case ANY -> id.isPresent() ? identifier(id.get(), false) : quoted ? phrase(text, slop) : words(text);
            case DOCKET -> {
                Optional<Identifier> docket = id.isPresent() ? id : Identifier.whole(text);
                yield filter(docket.map(d -> QueryFactory.anyKey(d, IndexFields.DOCKET_NORMALIZED))
                        .orElse(new TermQuery(new Term(IndexFields.DOCKET_NORMALIZED, text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT)))));
            }
            case ECLI -> filter(new TermQuery(new Term(IndexFields.ECLI, text.strip().toUpperCase(Locale.ROOT))));
            case EU_CASE -> id.isPresent() || Identifier.whole(text).isPresent()
                    ? identifier(id.orElseGet(() -> Identifier.whole(text).orElseThrow()), true)
                    : filter(analyzed(withSynonyms, BooleanClause.Occur.MUST, IndexFields.ALL_PARTS, text, quoted, slop));
            case COURT -> filter(analyzed(exact, BooleanClause.Occur.MUST, IndexFields.COURT_TEXT, text, quoted, slop));
            case CITY -> filter(analyzed(exact, BooleanClause.Occur.MUST, IndexFields.CITY_TEXT, text, quoted, slop));
            case TITLE, TENOR, TEXT -> analyzed(quoted ? exact : withSynonyms, BooleanClause.Occur.MUST,
                    alias.field, text, quoted, slop);
        };
    }

    /** Words typed without a field: recall gate plus ranking on the precise fields. */
    private Query words(String text) {
        Query gate = gate(text);
        if (gate == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(boost(gate, weights.recall()), BooleanClause.Occur.MUST);
        if (rankingClauses) {
            BooleanClause.Occur any = BooleanClause.Occur.SHOULD;
            addShould(b, analyzed(withSynonyms, any, IndexFields.TITLE, text, false, 0), weights.title());
            addShould(b, analyzed(withSynonyms, any, IndexFields.TENOR, text, false, 0), weights.tenor());
            addShould(b, analyzed(withSynonyms, any, IndexFields.TEXT, text, false, 0), weights.text());
            addShould(b, analyzed(exact, any, IndexFields.COURT_TEXT, text, false, 0), weights.court());
            addShould(b, analyzed(exact, any, IndexFields.CITY_TEXT, text, false, 0), weights.city());
            // Words that stand close together in the text are more likely meant together.
            Query near = analyzed(exact, BooleanClause.Occur.MUST, IndexFields.TEXT, text, true, PROXIMITY_SLOP);
            if (near != null && !(near instanceof TermQuery)) {
                addShould(b, near, weights.proximity());
            }
        }
        return b.build();
    }

    /** Which documents match: the words on the recall field, as many of them as {@link #matching} asks. */
    private Query gate(String text) {
        String required = matching == Matching.EVERY_WORD ? text : QueryStopwords.strip(text);
        Query all = analyzed(withSynonyms, BooleanClause.Occur.MUST, IndexFields.ALL_PARTS, required, false, 0);
        // Typed words, not tokens, decide how many may be missing: "Covid-19-Impfung" is one word of
        // three tokens, and missing it means missing all three.
        long typed = Arrays.stream(required.split("\\s+")).filter(w -> !w.isBlank()).count();
        int mayMiss = (int) typed - Matching.required((int) typed);
        if (matching != Matching.MOST_WORDS || mayMiss == 0 || !(all instanceof BooleanQuery tokens)
                || tokens.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST)
                || tokens.clauses().size() <= mayMiss) {
            return all;
        }
        // One clause per token position (a multi-word synonym such as "Hartz IV" is one).
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        tokens.clauses().forEach(c -> most.add(c.query(), BooleanClause.Occur.SHOULD));
        most.setMinimumNumberShouldMatch(tokens.clauses().size() - mayMiss);
        return new BooleanQuery.Builder()
                .add(most.build(), BooleanClause.Occur.MUST)
                .add(boost(new ConstantScoreQuery(all), ALL_WORDS_BONUS), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** A quoted phrase: the words as typed, in this order, in title, Tenor or text. */
    private Query phrase(String text, int slop) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addShould(b, analyzed(exact, BooleanClause.Occur.MUST, IndexFields.TITLE, text, true, slop), weights.title());
        addShould(b, analyzed(exact, BooleanClause.Occur.MUST, IndexFields.TENOR, text, true, slop), weights.tenor());
        addShould(b, analyzed(exact, BooleanClause.Occur.MUST, IndexFields.TEXT, text, true, slop), weights.text());
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    /**
     * A docket, ECLI or EuGH number: the decision that has it (far above everything else), and
     * the decisions that cite it or print it, ranked by how much their text is about it. An EuGH
     * number also searches the case's name ("C-14/09" → "Genc"); the other way round, a typed name
     * finds citations by number because the recall field holds "C-14/09 (Genc)".
     */
    private Query identifier(Identifier id, boolean citationsOnly) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (!citationsOnly) {
            b.add(boost(new ConstantScoreQuery(QueryFactory.exactDecision(id)), QueryFactory.EXACT_BOOST / 10), BooleanClause.Occur.SHOULD);
        }
        Query cited = switch (id.kind()) {
            case DOCKET -> QueryFactory.anyKey(id, IndexFields.CITED_DOCKET);
            case EU_CASE -> new TermQuery(new Term(IndexFields.EU_CASE, id.key()));
            case ECLI -> null;
        };
        if (cited != null) {
            b.add(boost(new ConstantScoreQuery(cited), QueryFactory.CITED_BOOST), BooleanClause.Occur.SHOULD);
        }
        for (String spelling : id.printedKeys()) {
            Query printed = analyzed(exact, BooleanClause.Occur.MUST, IndexFields.ALL_PARTS, spelling, true, 0);
            if (printed != null) {
                b.add(printed, BooleanClause.Occur.SHOULD);
            }
        }
        if (id.kind() == Identifier.Kind.EU_CASE) {
            EuCases.name(id.key()).map(name -> analyzed(exact, BooleanClause.Occur.MUST, IndexFields.ALL_PARTS, name, true, 0))
                    .ifPresent(q -> b.add(q, BooleanClause.Occur.SHOULD));
        }
        return b.build();
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (termStr.length() < MIN_PREFIX_CHARS) {
            throw new GermanParseException("Vor dem Platzhalter * müssen mindestens " + MIN_PREFIX_CHARS
                    + " Zeichen stehen (z. B. Arbeitn*), sonst passt fast alles.");
        }
        return switch (Alias.of(field)) {
            case DOCKET -> filter(new PrefixQuery(new Term(IndexFields.DOCKET_NORMALIZED, termStr.replaceAll("\\s+", "").toUpperCase(Locale.ROOT))));
            case ECLI -> filter(new PrefixQuery(new Term(IndexFields.ECLI, termStr.toUpperCase(Locale.ROOT))));
            case COURT, CITY -> filter(new PrefixQuery(new Term(Alias.of(field).field, normalized(Alias.of(field).field, termStr))));
            default -> filter(new PrefixQuery(new Term(IndexFields.SPELL, termStr.toLowerCase(Locale.ROOT))));
        };
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (termStr.startsWith("*") || termStr.startsWith("?")) {
            throw new GermanParseException("Ein Platzhalter (* oder ?) darf nicht am Wortanfang stehen.");
        }
        int firstWildcard = Math.min(index(termStr, '*'), index(termStr, '?'));
        if (firstWildcard < MIN_PREFIX_CHARS) {
            throw new GermanParseException("Vor einem Platzhalter müssen mindestens " + MIN_PREFIX_CHARS + " Zeichen stehen.");
        }
        if (termStr.chars().filter(c -> c == '*' || c == '?').count() > MAX_WILDCARDS) {
            throw new GermanParseException("Ein Wort darf höchstens " + MAX_WILDCARDS + " Platzhalter enthalten.");
        }
        try {
            return filter(new WildcardQuery(new Term(textField(field), termStr.toLowerCase(Locale.ROOT))));
        } catch (TooComplexToDeterminizeException e) {
            throw new GermanParseException("Das Muster mit Platzhaltern ist zu verwickelt.");
        }
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        int edits = minSimilarity >= 1 ? (int) minSimilarity : FuzzyQuery.defaultMaxEdits;
        return new FuzzyQuery(new Term(textField(field), termStr.toLowerCase(Locale.ROOT)), Math.min(edits, 2), 1);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new GermanParseException("Reguläre Ausdrücke werden nicht unterstützt.");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        throw new GermanParseException("Bereiche in eckigen Klammern werden nicht unterstützt; für einen Zeitraum "
                + "nutzen Sie die Felder „von“ und „bis“.");
    }

    private static String textField(String field) {
        Alias a = Alias.of(field);
        return a == Alias.TITLE || a == Alias.TENOR || a == Alias.TEXT ? a.field : IndexFields.SPELL;
    }

    private String normalized(String field, String term) {
        return exact.normalize(field, term).utf8ToString();
    }

    private Query analyzed(Analyzer analyzer, BooleanClause.Occur operator, String field, String text, boolean quoted, int slop) {
        Analysis key = new Analysis(analyzer, operator, field, text, quoted, slop);
        Optional<Query> known = analysed.get(key);
        if (known == null) {
            // Lucene queries are immutable, so one analysis may serve several parsed queries.
            known = Optional.ofNullable(createFieldQuery(analyzer, operator, field, text, quoted, slop));
            analysed.put(key, known);
        }
        return known.orElse(null);
    }

    private static void addShould(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(boost(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** A restriction that does not change the ranking: every match scores the same. */
    private static Query filter(Query q) {
        return q == null ? null : new ConstantScoreQuery(q);
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private static int index(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Field names users may type, German first. */
    enum Alias {
        ANY(null), TITLE(IndexFields.TITLE), TENOR(IndexFields.TENOR), TEXT(IndexFields.TEXT),
        COURT(IndexFields.COURT_TEXT), CITY(IndexFields.CITY_TEXT), DOCKET(IndexFields.DOCKET_NORMALIZED),
        ECLI(IndexFields.ECLI), EU_CASE(IndexFields.EU_CASE);

        final String field;

        Alias(String field) {
            this.field = field;
        }

        static Alias of(String typed) {
            if (typed == null) {
                return ANY;
            }
            return switch (typed.toLowerCase(Locale.ROOT)) {
                case "titel", "title" -> TITLE;
                case "tenor" -> TENOR;
                case "text", "volltext" -> TEXT;
                case "gericht", "court" -> COURT;
                case "stadt", "city" -> CITY;
                case "az", "aktenzeichen", "docket" -> DOCKET;
                case "ecli" -> ECLI;
                case "eugh" -> EU_CASE;
                default -> ANY;
            };
        }
    }

    /** A parse error whose message is already German and meant for the user. */
    static final class GermanParseException extends ParseException {
        GermanParseException(String message) {
            super(message);
        }
    }
}
