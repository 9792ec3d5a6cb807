package de.tenor.search;

import de.tenor.index.IndexFields;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the user's query text into a Lucene query: classic syntax (AND by default, "phrases",
 * OR, -term, field:value) over title, Tenor and full text, plus an exact docket match so that
 * "8 L 469/24" and "8L469/24" find the ruling. Thread-safe.
 */
public final class QueryFactory {

    /** A whole query that is shaped like a docket: digits/letters, then "/" or "." and a two-digit year. */
    private static final Pattern DOCKET_LIKE = Pattern.compile("[A-Z0-9 ]{2,30}[/.]\\d{2}( ?[A-Z]{1,3}){0,2}");
    private static final Map<String, Float> BOOSTS = Map.of(IndexFields.TITLE, 2.0f, IndexFields.TENOR, 1.5f, IndexFields.TEXT, 1.0f);

    private final Analyzer analyzer;

    public QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The relevance part of the query, without facet or date filters (what the highlighter sees). */
    public Query userQuery(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query parsed = parse(text);
        String docket = text.strip().toUpperCase(Locale.ROOT);
        if (DOCKET_LIKE.matcher(docket).matches()) {
            Query exact = new TermQuery(new Term(IndexFields.DOCKET_NORMALIZED, docket.replace(" ", "")));
            return new BooleanQuery.Builder()
                    .add(new BoostQuery(exact, 10f), BooleanClause.Occur.SHOULD)
                    .add(parsed, BooleanClause.Occur.SHOULD)
                    .build();
        }
        return parsed;
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

    private Query parse(String text) {
        String[] fields = {IndexFields.TITLE, IndexFields.TENOR, IndexFields.TEXT};
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // "/" opens a regular expression in classic syntax, but in this domain it is part of dockets
        // ("8 K 1598/22") and norms ("FreizügG/EU"), so it is always taken literally.
        String escaped = text.replace("/", "\\/");
        try {
            return parser.parse(escaped);
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("Die Suchanfrage „" + shorten(text) + "“ ist ungültig: "
                    + explain(e) + " Tipp: Anführungszeichen und Klammern schließen, * nicht allein oder am Wortanfang verwenden.", e);
        }
    }

    private static String explain(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Encountered \"<EOF>\"") || m.contains("Lexical error")) {
            return "Sie endet unerwartet (offene Klammer oder offenes Anführungszeichen?).";
        }
        if (m.contains("'*'") || m.contains("'?'")) {
            return "Ein Platzhalter (* oder ?) darf nicht am Anfang stehen.";
        }
        if (e instanceof IndexSearcher.TooManyClauses) {
            return "Sie ist zu umfangreich.";
        }
        return "Sie ist syntaktisch nicht korrekt.";
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
