package de.tenor.index;

import java.util.List;

/**
 * Names of the Lucene fields and facet dimensions: the index schema in one place.
 * Search imports these so a field is never spelled twice.
 */
public final class IndexFields {

    private IndexFields() {
    }

    public static final String ID = "id";
    /** The full Document as JSON; hits and document pages are rebuilt from it, so the schema can grow without re-mapping stored fields. */
    public static final String SOURCE = "source";

    // Full-text fields, German-analysed. Text stores offsets so the UnifiedHighlighter needs no re-analysis.
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String TENOR = "tenor";

    /** Docket without spaces, upper case: "8 L 469/24" and "8L469/24" both meet here. A keyword, because analysis would split it. */
    public static final String DOCKET_NORMALIZED = "docketNormalized";
    /** Decision date (or publication date for news) as epoch day: point field for from/to ranges. */
    public static final String DATE_DAY = "dateDay";
    /** Same value as doc values, for "newest first" sorting. */
    public static final String SORT_DATE = "sortDate";

    // Facet dimensions (SortedSetDocValues), exactly the names of the URL parameters.
    public static final String CITY = "city";
    public static final String OUTCOME = "outcome";
    public static final String COURT = "court";
    public static final String TYPE = "type";
    public static final String YEAR = "year";
    public static final String COURT_BRANCH = "courtBranch";
    public static final String DECISION_TYPE = "decisionType";

    /** Facets in the order the UI shows them. */
    public static final List<String> FACETS = List.of(CITY, OUTCOME, COURT, TYPE, YEAR, COURT_BRANCH, DECISION_TYPE);
}
