package de.tenor.index;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * The analyzers of Tenor's text fields, in one place so that indexing, query parsing and
 * highlighting tokenise alike.
 *
 * <p>Two analyses of the same words, weighted against each other at query time:
 * <ul>
 *   <li><b>precise</b> ({@code title}, {@code tenor}, {@code text}): umlauts folded
 *       (Freizügigkeit = Freizuegigkeit), old and new spellings folded ({@link SpellingVariantFilter}:
 *       daß = dass, Schiffahrt = Schifffahrt, selbständig = selbstständig), light stemming; a match
 *       here means the word as typed.</li>
 *   <li><b>recall</b> ({@code allParts}): additionally German compounds split at index time
 *       (Eigenschaft finds Arbeitnehmereigenschaft), feminine forms folded (Antragstellerin =
 *       Antragsteller) and Snowball stemming (Arbeitnehmers = Arbeitnehmer).</li>
 * </ul>
 * No stop words are removed: "und", "oder", "nicht" typed in lower case are searched as words,
 * and multi-word synonyms such as "Grundsicherung für Arbeitsuchende" keep their positions.
 * Synonyms are applied at query time only ({@link #forQuery}), so editing them needs no re-index.
 * Analyzers are thread-safe.
 */
public final class TenorAnalyzer {

    private TenorAnalyzer() {
    }

    /** Index-time analyzer for every field of {@link DocumentMapper}. */
    public static Analyzer create() {
        return new PerFieldAnalyzerWrapper(precise(null), Map.of(
                IndexFields.ALL_PARTS, recall(null, true),
                IndexFields.SPELL, lowerCase(),
                IndexFields.COURT_TEXT, folded(),
                IndexFields.CITY_TEXT, folded()));
    }

    /**
     * Issue 21: {@link #create()} with each distinct word analysed once per thread
     * ({@link TermMemoFilter}), which gives the same tokens at a fraction of the cost. For the reader
     * threads of one index build, which end with it; not for long-lived threads such as a server's
     * request threads, whose memos would keep every new word they meet.
     */
    static Analyzer createForBuild() {
        CompoundSplitter splitter = CompoundSplitter.german();
        return new PerFieldAnalyzerWrapper(perWord(word -> preciseWords(word, null), TermMemoFilter.MAX_WORDS), Map.of(
                IndexFields.ALL_PARTS, perWord(word -> recallWords(word, splitter, null), TermMemoFilter.MAX_WORDS),
                IndexFields.SPELL, lowerCase(),
                IndexFields.COURT_TEXT, folded(),
                IndexFields.CITY_TEXT, folded()));
    }

    /** Lower-cased words, each run through {@code chain} once per thread, up to {@code maxWords} (see {@link TermMemoFilter}). */
    private static Analyzer perWord(UnaryOperator<TokenStream> chain, int maxWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new TermMemoFilter(new LowerCaseFilter(source), chain, maxWords));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Query-time analyzer: like {@link #create()} but without compound splitting and with the
     * given synonyms expanded (as a token graph, so multi-word synonyms work).
     */
    public static Analyzer forQuery(SynonymMap synonyms) {
        return new PerFieldAnalyzerWrapper(precise(synonyms), Map.of(
                IndexFields.ALL_PARTS, recall(synonyms, false),
                IndexFields.SPELL, lowerCase(),
                IndexFields.COURT_TEXT, folded(),
                IndexFields.CITY_TEXT, folded()));
    }

    /** Query-time analyzer without synonyms, for quoted phrases ("genau diese Wörter"). */
    public static Analyzer exactForQuery() {
        return forQuery(null);
    }

    /** Tokenises synonym rules as queries are tokenised up to the synonym filter. */
    public static Analyzer forSynonymRules() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new SpellingVariantFilter(new GermanNormalizationFilter(new LowerCaseFilter(source))));
            }
        };
    }

    /**
     * Re-analysis of the full text for highlighting: compound parts, and both the precise and the
     * recall stem of every word, so that matches in either field mark the words they came from.
     * Issue 21: each distinct word is analysed once per thread ({@link TermMemoFilter}); a thread of
     * a server remembers at most {@value #HIGHLIGHT_MEMO_WORDS} words (some 1.5 MB) and keeps them
     * from request to request, because rulings share most of their vocabulary.
     */
    public static Analyzer forHighlighting() {
        CompoundSplitter splitter = CompoundSplitter.german();
        return perWord(word -> highlightWords(word, splitter), HIGHLIGHT_MEMO_WORDS);
    }

    static final int HIGHLIGHT_MEMO_WORDS = 10_000;

    /** {@link #forHighlighting()} without the memo: the reference its tokens are checked against. */
    static Analyzer forHighlightingWordByWord() {
        CompoundSplitter splitter = CompoundSplitter.german();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, highlightWords(new LowerCaseFilter(source), splitter));
            }
        };
    }

    private static TokenStream highlightWords(TokenStream lowerCased, CompoundSplitter splitter) {
        TokenStream ts = new CompoundPartsFilter(lowerCased, splitter);
        ts = new KeywordRepeatFilter(new SpellingVariantFilter(new GermanNormalizationFilter(ts)));
        // The copy not marked as keyword gets the light stem; then the marks flip and the
        // other copy gets the recall stem.
        ts = new InvertKeywordFilter(new GermanLightStemFilter(ts));
        ts = new SnowballFilter(new FeminineFormFilter(ts), new GermanStemmer());
        return new RemoveDuplicatesTokenFilter(ts);
    }

    private static Analyzer precise(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, preciseWords(new LowerCaseFilter(source), synonyms));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static Analyzer recall(SynonymMap synonyms, boolean splitCompounds) {
        CompoundSplitter splitter = splitCompounds ? CompoundSplitter.german() : null;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, recallWords(new LowerCaseFilter(source), splitter, synonyms));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The precise fields' filters after lower-casing: folding, spelling variants, synonyms (query time), light stem. */
    private static TokenStream preciseWords(TokenStream lowerCased, SynonymMap synonyms) {
        TokenStream ts = new SpellingVariantFilter(new GermanNormalizationFilter(lowerCased));
        return new GermanLightStemFilter(withSynonyms(ts, synonyms));
    }

    /** The recall field's filters after lower-casing; compound parts only where {@code splitter} is given (index time). */
    private static TokenStream recallWords(TokenStream lowerCased, CompoundSplitter splitter, SynonymMap synonyms) {
        // Split before folding: the dictionary has umlauts ("bürger").
        TokenStream ts = splitter == null ? lowerCased : new CompoundPartsFilter(lowerCased, splitter);
        ts = withSynonyms(new SpellingVariantFilter(new GermanNormalizationFilter(ts)), synonyms);
        return new SnowballFilter(new FeminineFormFilter(ts), new GermanStemmer());
    }

    private static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static Analyzer lowerCase() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static TokenStream withSynonyms(TokenStream ts, SynonymMap synonyms) {
        return synonyms == null || synonyms.fst == null ? ts : new SynonymGraphFilter(ts, synonyms, false);
    }
}
